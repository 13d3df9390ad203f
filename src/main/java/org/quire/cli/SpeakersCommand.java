package org.quire.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.model.SpeakerTurn;
import org.quire.model.Source;
import org.quire.service.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quire speakers DIR SOURCE [--code]}: a transcript's speakers, and autocoding them to cases. */
@Command(name = "speakers", description = {"List the speakers of a transcript and their turns;",
        "with --code, link each speaker's turns to a case of that speaker (created when missing)."})
final class SpeakersCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "SOURCE", description = "The transcript, by name or Folder/Name.")
    String source;

    @Option(names = "--code", description = "Link every turn to a case per speaker.")
    boolean code;

    @Option(names = "--as", paramLabel = "SPEAKER=CASE", description = "Use another case name for a speaker, e.g."
            + " Respondent=\"Ruth Alderney\"; repeatable.")
    List<KeyValue> renames = new ArrayList<>();

    @Option(names = "--skip", paramLabel = "SPEAKER", description = "Leave this speaker out (e.g. Interviewer); repeatable.")
    List<String> skip = new ArrayList<>();

    @Mixin
    JsonOption json;

    @Override
    int run(Project project, PrintWriter out) {
        Source s = project.sources().find(source);
        if (code) {
            Map<String, String> names = new LinkedHashMap<>();
            renames.forEach(kv -> names.put(kv.key(), kv.value()));
            skip.forEach(sp -> names.put(sp, ""));
            Map<String, Integer> linked = project.transcripts().codeSpeakersToCases(s.id(), names);
            if (json.json) {
                Json.print(out, linked);
            } else {
                linked.forEach((name, turns) -> out.println("case '" + name + "': " + Text.plural(turns, "turn", "turns")));
            }
            return Cli.OK;
        }
        List<SpeakerTurn> turns = project.transcripts().turns(s.id());
        if (json.json) {
            Json.print(out, turns.stream().map(t -> new Rows.TurnRow(t.speaker(), Rows.SpanRow.of(t.span()),
                    t.timestampSeconds())).toList());
            return Cli.OK;
        }
        if (turns.isEmpty()) {
            out.println("'" + s.name() + "' has no speaker turns");
            return Cli.OK;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        turns.forEach(t -> counts.merge(t.speaker(), 1, Integer::sum));
        counts.forEach((name, n) -> out.println(name + ": " + Text.plural(n, "turn", "turns")));
        return Cli.OK;
    }
}
