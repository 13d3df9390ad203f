package org.quire.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Rows read on a thread of their own arrive in order, and neither side outlives a failure of the other. */
class ReadAheadTest {
    private static java.util.function.Consumer<java.util.function.Consumer<List<Object>>> counting(int n, AtomicReference<Thread> thread) {
        return sink -> {
            thread.set(Thread.currentThread());
            for (int i = 0; i < n; i++) {
                sink.accept(List.of(i));
            }
        };
    }

    @Test
    void everyRowArrivesInOrderFromAnotherThread() {
        AtomicReference<Thread> reader = new AtomicReference<>();
        for (int n : new int[] {0, 1, ReadAhead.BATCH, ReadAhead.BATCH * ReadAhead.BATCHES * 3 + 17}) {
            List<Object> seen = new ArrayList<>();
            ReadAhead.<List<Object>>each(counting(n, reader), row -> seen.add(row.get(0)));
            assertThat(seen).hasSize(n);
            for (int i = 0; i < n; i++) {
                assertThat(seen.get(i)).isEqualTo(i);
            }
            assertThat(reader.get()).isNotSameAs(Thread.currentThread());
            assertThat(reader.get().isAlive()).isFalse();
        }
    }

    @Test
    void aFailureWhileReadingReachesTheWriterAsItWasThrown() {
        IllegalStateException broken = new IllegalStateException("the project's file is damaged");
        List<Object> seen = new ArrayList<>();
        assertThatThrownBy(() -> ReadAhead.<List<Object>>each(sink -> {
            for (int i = 0; i < 1_000; i++) {
                sink.accept(List.of(i));
            }
            throw broken;
        }, row -> seen.add(row.get(0)))).isSameAs(broken);
        // The whole batches read before it were written; the file they went to is then thrown away.
        assertThat(seen).hasSize(1_000 / ReadAhead.BATCH * ReadAhead.BATCH);
    }

    @Test
    void aFailureWhileWritingStopsTheReadingBeforeTheCallReturns() {
        AtomicReference<Thread> reader = new AtomicReference<>();
        AtomicInteger read = new AtomicInteger();
        java.util.function.Consumer<java.util.function.Consumer<List<Object>>> endless = sink -> {
            reader.set(Thread.currentThread());
            for (int i = 0; ; i++) {
                sink.accept(List.of(i));
                read.incrementAndGet();
            }
        };
        AtomicInteger written = new AtomicInteger();
        assertThatThrownBy(() -> ReadAhead.each(endless, row -> {
            if (written.incrementAndGet() == 5_000) {
                throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
            }
        })).hasMessageContaining("No space left");
        assertThat(reader.get().isAlive()).isFalse();
        // The reading waited for the writer: it ran at most the queue's length ahead.
        assertThat(read.get()).isLessThan(5_000 + ReadAhead.BATCH * (ReadAhead.BATCHES + 2));
    }

    @Test
    void cancellingTheWriterStopsTheReading() throws Exception {
        AtomicReference<Thread> reader = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                ReadAhead.<List<Object>>each(sink -> {
                    reader.set(Thread.currentThread());
                    started.countDown();
                    for (int i = 0; ; i++) {
                        sink.accept(List.of(i));
                    }
                }, row -> {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        writer.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        writer.interrupt();
        writer.join(10_000);
        assertThat(writer.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(ExportFailure.class).hasMessageContaining("cancelled");
        assertThat(reader.get().isAlive()).isFalse();
    }
}
