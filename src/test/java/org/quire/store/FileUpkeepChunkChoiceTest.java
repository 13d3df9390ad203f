package org.quire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which chunks upkeep copies during work (decision 0009): only sparse ones. H2's own compact
 * considers every chunk and takes the oldest first, so a dense chunk written long ago (the audit
 * trail's full pages, which never change) was copied again and again while newer sparse chunks
 * waited.
 */
class FileUpkeepChunkChoiceTest {
    @TempDir
    Path dir;

    @Test
    void thisH2LetsUpkeepChooseTheChunksItCopies() {
        // Upkeep calls H2's protected chunk rewrite with a fill rate of its own; an H2 upgrade that
        // renames it must fail here, not quietly fall back to copying whatever H2 chooses.
        assertThat(FileUpkeep.choosesChunks()).isTrue();
        assertThat(FileUpkeep.CHUNK_BELOW).isBetween(50, 80);
    }

    @Test
    void aCopyLeavesAnOldDenseChunkWhereItIsAndTakesTheSparseOnes() {
        MVStore store = oldDenseChunkThenSparseOnes(dir.resolve("ours.mv"));
        try {
            RandomAccessStore file = (RandomAccessStore) store.getFileStore();
            int sparseBefore = sparseChunks(store);
            assertThat(sparseBefore).as("chunks at most %d%% live", FileUpkeep.CHUNK_BELOW).isGreaterThan(100);
            long dense = livePages(store, 1);
            assertThat(dense).as("live pages of the old dense chunk").isGreaterThan(50);

            assertThat(FileUpkeep.copySparse(store, file, 100, FileUpkeep.CHUNK_BELOW, 64 << 20)).isTrue();
            store.commit();

            assertThat(livePages(store, 1)).as("live pages of the old dense chunk after the copy").isEqualTo(dense);
            // All but the newest (H2 never rewrites the chunks of the versions just written).
            assertThat(sparseChunks(store)).as("chunks at most %d%% live left of %d", FileUpkeep.CHUNK_BELOW, sparseBefore)
                    .isLessThanOrEqualTo(2);
            assertThat(store.<Integer, String>openMap("cold").get(1_999)).startsWith("cold 1999");
            assertThat(store.<Integer, String>openMap("kept").get(149_047)).startsWith("kept 149");
        } finally {
            store.close();
        }
    }

    @Test
    void h2sOwnCompactCopiesTheOldDenseChunkFirst() {
        // Why upkeep does not call FileStore.compact: given the same room, H2 rewrites the old chunk
        // that was almost all live.
        MVStore store = oldDenseChunkThenSparseOnes(dir.resolve("h2.mv"));
        try {
            RandomAccessStore file = (RandomAccessStore) store.getFileStore();
            assertThat(livePages(store, 1)).as("live pages of the old dense chunk").isGreaterThan(50);
            assertThat(file.compact(100, 256 << 10)).isTrue();
            store.commit();
            assertThat(livePages(store, 1)).as("live pages of the old dense chunk after H2's compact").isZero();
        } finally {
            store.close();
        }
    }

    /**
     * A store whose first chunk holds 2,000 values that never change, followed by 150 commits that
     * each rewrite the same "hot" values and add one leaf of new "kept" values: every later chunk
     * keeps that leaf and little else.
     */
    private static MVStore oldDenseChunkThenSparseOnes(Path path) {
        MVStore store = new MVStore.Builder().fileName(path.toString()).autoCommitDisabled().compress().open();
        store.setRetentionTime(0);
        MVMap<Integer, String> cold = store.openMap("cold");
        for (int i = 0; i < 2_000; i++) {
            cold.put(i, "cold " + i + " " + "x".repeat(40 + i % 17) + Integer.toHexString(i * 7919));
        }
        store.commit();
        MVMap<Integer, String> hot = store.openMap("hot");
        MVMap<Integer, String> kept = store.openMap("kept");
        for (int round = 0; round < 150; round++) {
            for (int k = 0; k < 200; k++) {
                hot.put(k, "hot " + round + " " + k + " " + Integer.toHexString((round * 31 + k) * 104_729));
            }
            for (int k = 0; k < 48; k++) {
                kept.put(round * 1_000 + k, "kept " + round + " " + k + " " + Integer.toHexString(k * 65_537 + round));
            }
            store.commit();
        }
        return store;
    }

    /** The live pages of chunk {@code id}, 0 once it is gone. */
    private static long livePages(MVStore store, int id) {
        String chunk = store.getFileStore().getLayoutMap().get("chunk." + Integer.toHexString(id));
        if (chunk == null) {
            return 0;
        }
        Map<String, String> c = org.h2.mvstore.DataUtils.parseMap(chunk);
        return Long.parseLong(c.getOrDefault("livePages", c.get("pages")), 16);
    }

    private static int sparseChunks(MVStore store) {
        int sparse = 0;
        for (Map.Entry<String, String> e : store.getFileStore().getLayoutMap().entrySet()) {
            if (!e.getKey().startsWith("chunk.")) {
                continue;
            }
            Map<String, String> c = org.h2.mvstore.DataUtils.parseMap(e.getValue());
            long max = Long.parseLong(c.get("max"), 16);
            long live = c.containsKey("liveMax") ? Long.parseLong(c.get("liveMax"), 16) : max;
            if (live > 0 && live * 100 <= max * FileUpkeep.CHUNK_BELOW) {
                sparse++;
            }
        }
        return sparse;
    }
}
