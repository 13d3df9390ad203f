package org.quire.bench;

/**
 * An export of many rows to a file, which a user starts and waits for: a few seconds at most
 * (p95 under 5 s at M), measured in fewer runs than a click.
 */
interface FileExport extends Operation {
    @Override
    default Target target() {
        return Target.p95Under(5_000);
    }

    @Override
    default int runs(int requested) {
        return Math.min(requested, 5);
    }
}
