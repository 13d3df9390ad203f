package org.quire.cli;

import picocli.CommandLine.Option;

/** The {@code --coder} option: who is making the changes, recorded on codings, memos and the audit trail. */
final class CoderOption {
    static final String ENV = "QUIRE_CODER";

    @Option(names = "--coder", paramLabel = "NAME",
            description = "Who is making the changes (default: $QUIRE_CODER, else your user name).")
    String coder;

    String name() {
        return resolve(coder, System.getenv(ENV), System.getProperty("user.name"));
    }

    /** The option if given, else the environment variable, else the OS user name. */
    static String resolve(String option, String env, String userName) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        if (env != null && !env.isBlank()) {
            return env;
        }
        return userName;
    }
}
