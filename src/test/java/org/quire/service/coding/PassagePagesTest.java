package org.quire.service.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Node;
import org.quire.model.Source;
import org.quire.model.SourceText;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.TestProjects;

/** A page of the node view reads many sources at once and gives each passage its own source's context and place. */
class PassagePagesTest {
    @TempDir
    Path dir;

    @Test
    void aPageAcrossManySourcesGivesEachPassageItsOwnContextParagraphAndOrder() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Random random = new Random(3);
            String[] words = {"trust", "board", "partners", "north star", "funding", "minutes", "volunteers"};
            List<Source> sources = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                StringBuilder b = new StringBuilder();
                while (b.length() < 1500 + s * 700) {
                    b.append("s").append(s).append(' ').append(words[random.nextInt(words.length)])
                            .append(random.nextInt(9) == 0 ? ".\n\n" : " ");
                }
                sources.add(TestProjects.importText(p, dir, String.format("source %02d.txt", s), b.toString().strip()));
            }
            Node node = p.nodes().create(null, "Everywhere", "", null);
            for (Source s : sources) {
                int length = p.sources().text(s.id()).text().length();
                for (int i = 0; i < 7; i++) {
                    int start = random.nextInt(length - 40);
                    try {
                        p.codings().code(s.id(), node.id(), new Span(start, start + 5 + random.nextInt(30)));
                    } catch (RuntimeException sameSpanTwice) {
                        // refused repeat; another will do
                    }
                }
            }
            CodingService.Listing listing = p.codings().listing(node.id(), false);
            List<PassageInContext> rows = new ArrayList<>();
            for (int from = 0; from < listing.size(); from += 10) {
                rows.addAll(p.codings().inContext(listing, from, Math.min(listing.size(), from + 10)));
            }

            assertThat(rows).extracting(r -> r.passage().coding().id())
                    .containsExactlyElementsOf(listing.codings().stream().map(c -> c.id()).toList());
            for (PassageInContext r : rows) {
                SourceText text = p.sources().text(r.passage().coding().sourceId());
                Span span = r.passage().coding().span();
                assertThat(r.passage().source().id()).isEqualTo(text.sourceId());
                assertThat(r.passage().text()).isEqualTo(text.extract(span));
                assertThat(r.passage().paragraph()).isEqualTo(text.paragraphAt(span.start()) + 1);
                assertThat(r.before()).isEqualTo(Contexts.context(text.text(), Math.max(0, span.start() - Contexts.CONTEXT),
                        span.start(), true));
                assertThat(r.after()).isEqualTo(Contexts.context(text.text(), span.end(),
                        Math.min(text.text().length(), span.end() + Contexts.CONTEXT), false));
            }

            // A source deleted after the listing was read drops out of the page; the others stay.
            p.sources().delete(sources.get(0).id());
            List<PassageInContext> after = p.codings().inContext(listing, 0, listing.size());
            assertThat(after).isNotEmpty().allSatisfy(r -> assertThat(r.passage().source().id())
                    .isNotEqualTo(sources.get(0).id()));
            assertThat(after).hasSize((int) listing.codings().stream()
                    .filter(c -> !c.sourceId().equals(sources.get(0).id())).count());
        }
    }
}
