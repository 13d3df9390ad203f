package org.quire.service.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.AuditEntry;
import org.quire.model.QuireException;
import org.quire.model.ReviewAnchor;
import org.quire.model.ReviewStatus;
import org.quire.service.Project;

class ReviewServiceTest {
    @TempDir
    Path dir;

    private Path pageFile(String projectGuid, String title, String comments) throws Exception {
        Path f = dir.resolve("Study-review-Dr Lee-2027-03-12.quirereview");
        Files.writeString(f, "{\"format\":\"quire-review\",\"version\":1,\"project\":{\"guid\":\"" + projectGuid
                + "\",\"title\":\"" + title + "\"},\"reviewer\":\"Dr Lee\",\"comments\":[" + comments + "]}");
        return f;
    }

    private static String comment(ReviewAnchor a, String text, String quoted) {
        return "{\"anchor\":\"" + a + "\",\"label\":\"\",\"text\":\"" + text + "\",\"quoted\":\"" + quoted
                + "\",\"writtenAt\":\"2027-03-12T10:15:00Z\"}";
    }

    @Test
    void aCommentOnAnExtractDeletedSinceIsKeptAndMarkedGoneWithItsWords() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        try (Project p = fx.project) {
            p.codings().delete(fx.budgetCoding.id());
            Path f = pageFile(p.guid(), "Study", comment(ReviewAnchor.extract(fx.budgetCoding.guid()),
                    "Is this the only such meeting?", "Minutes record that the board decided the budget"));
            assertThat(p.reviews().importFile(f).added()).hasSize(1);
            ReviewItem item = p.reviews().list(null).get(0);
            assertThat(item.state()).isEqualTo(ReviewItem.ObjectState.GONE);
            assertThat(item.comment().quoted()).isEqualTo("Minutes record that the board decided the budget");
            assertThat(item.comment().body()).isEqualTo("Is this the only such meeting?");
        }
    }

    @Test
    void aCommentOnADefinitionRewrittenSinceIsMarkedChanged() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        try (Project p = fx.project) {
            p.reviews().importFile(pageFile(p.guid(), "Study", comment(ReviewAnchor.definition(fx.care.guid()),
                    "Too broad", "Small acts that hold the partnership together")));
            assertThat(p.reviews().list(null).get(0).state()).isEqualTo(ReviewItem.ObjectState.CURRENT);
            p.themes().define(fx.care.id(), "Unpaid labour that keeps the partnership running");
            ReviewItem item = p.reviews().list(null).get(0);
            assertThat(item.state()).isEqualTo(ReviewItem.ObjectState.CHANGED);
            assertThat(item.currentText()).isEqualTo("Unpaid labour that keeps the partnership running");
            assertThat(item.comment().quoted()).isEqualTo("Small acts that hold the partnership together");
        }
    }

    @Test
    void aReviewOfAnotherProjectIsRefusedNamingItAndChangesNothing() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        try (Project p = fx.project) {
            long audit = p.audit().recent(10_000).size();
            Path f = pageFile("0190c5e2-0000-7000-8000-000000000001", "Allotments", comment(
                    ReviewAnchor.definition(fx.care.guid()), "Hello", ""));
            assertThatThrownBy(() -> p.reviews().importFile(f)).isInstanceOf(QuireException.class)
                    .hasMessageContaining("Study-review-Dr Lee-2027-03-12.quirereview")
                    .hasMessageContaining("another project ('Allotments')");
            assertThat(p.reviews().list(null)).isEmpty();
            assertThat(p.audit().recent(10_000)).hasSize((int) audit);
        }
    }

    @Test
    void aDamagedOrForeignFileIsRefusedNamingIt() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        try (Project p = fx.project) {
            Path broken = Files.writeString(dir.resolve("broken.quirereview"), "{\"format\":\"quire-review\",\"comm");
            assertThatThrownBy(() -> p.reviews().importFile(broken)).hasMessageContaining("broken.quirereview");
            Path other = Files.writeString(dir.resolve("notes.json"), "{\"hello\":1}");
            assertThatThrownBy(() -> p.reviews().importFile(other)).hasMessageContaining("notes.json")
                    .hasMessageContaining("not comments saved from a Quire review page");
            Path zip = dir.resolve("empty.zip");
            try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
                out.write(1);
            }
            assertThatThrownBy(() -> p.reviews().importFile(zip)).hasMessageContaining("neither a Word report");
            assertThat(p.reviews().list(null)).isEmpty();
        }
    }

    @Test
    void commentReplyAndResolutionAreInTheAuditTrailOfTheObject() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        try (Project p = fx.project) {
            p.reviews().importFile(pageFile(p.guid(), "Study", comment(ReviewAnchor.narrative(fx.care.guid()),
                    "Say more about who does the caring", "")));
            long id = p.reviews().list(null).get(0).comment().id();
            ReviewItem answered = p.reviews().reply(id, "Mostly the coordinators; now said in paragraph two.");
            assertThat(answered.comment().status()).isEqualTo(ReviewStatus.ANSWERED);
            assertThat(answered.comment().replies()).singleElement().satisfies(r -> {
                assertThat(r.body()).isEqualTo("Mostly the coordinators; now said in paragraph two.");
                assertThat(r.author()).isEqualTo(p.coder().name());
            });
            assertThat(p.reviews().resolve(id).comment().status()).isEqualTo(ReviewStatus.RESOLVED);
            assertThatThrownBy(() -> p.reviews().resolve(id)).hasMessageContaining("already resolved");
            assertThatThrownBy(() -> p.reviews().reply(999, "x")).hasMessageContaining("no review comment 999");
            List<String> actions = p.audit().forGuid(fx.care.guid()).stream().map(AuditEntry::action).toList();
            assertThat(actions).contains("review.comment", "review.reply", "review.resolve");
            assertThat(p.reviews().list(ReviewStatus.RESOLVED)).hasSize(1);
            assertThat(p.reviews().list(ReviewStatus.OPEN)).isEmpty();
        }
    }

    @Test
    void commentsSurviveReopeningTheProject() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        Path folder = fx.project.folder();
        try (Project p = fx.project) {
            p.reviews().importFile(pageFile(p.guid(), "Study", comment(ReviewAnchor.checklist(3), "How?", "")));
        }
        try (Project p = Project.open(folder, "Someone else")) {
            ReviewItem item = p.reviews().list(null).get(0);
            assertThat(item.comment().anchor()).isEqualTo(ReviewAnchor.checklist(3));
            assertThat(item.comment().quoted()).isEqualTo("Every source was coded at least once");
            assertThat(item.object()).startsWith("Checklist point 3");
        }
    }
}
