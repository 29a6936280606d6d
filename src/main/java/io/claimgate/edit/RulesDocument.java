package io.claimgate.edit;

import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates docs/rules.md from {@link RuleCatalog}, so the list of rules cannot drift from the code (a test fails
 * when the file differs). Regenerate with:
 * <pre>mvn -B -q compile &amp;&amp; java -cp target/classes io.claimgate.edit.RulesDocument docs/rules.md</pre>
 */
public final class RulesDocument {

    /** How to regenerate, for the test's failure message. */
    public static final String COMMAND =
            "mvn -B -q compile && java -cp target/classes io.claimgate.edit.RulesDocument docs/rules.md";

    private RulesDocument() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
        Files.writeString(target, render(), StandardCharsets.UTF_8);
        System.out.println("wrote " + target);
    }

    /** The whole document. */
    public static String render() {
        StringBuilder s = new StringBuilder();
        s.append("# Claim rules\n\n");
        s.append("<!-- Generated from io.claimgate.edit.RuleCatalog by io.claimgate.edit.RulesDocument; do not edit."
                + " Regenerate: ").append(COMMAND).append(" -->\n\n");
        s.append("Every rule claimgate runs on a claim, in the order it runs them (findings are reported in this"
                + " order). Each has a stable id, used in reports (`\"rule\"`) and in trading-partner profiles"
                + " (`rule.<id> = off | warning | error`), a WEDI SNIP level, a severity (an error rejects the claim,"
                + " a warning does not, a review is a signal for a person to look at: never a rejection, never in the 999 or the"
                + " 277CA, listed in the report's \"reviews\"), and the 277CA status it reports (STC01, with a companion in STC10 where"
                + " \"with\" is written). Rules that look codes up use the code set that answers for each line's"
                + " date of service; diagnoses use the claim's earliest valid line date. When no set is loaded for"
                + " a date, the rule checks form only and `code-set-missing` notes it (and stale HCPCS tables) once"
                + " per file in the report's `codeSets`: a claim is never rejected for lack of data. The class of each rule is in `src/main/java/io/claimgate/edit/rules/`.\n\n");
        s.append("| rule | SNIP | severity | 277CA status | checks |\n|---|---|---|---|---|\n");
        for (ClaimRule r : RuleCatalog.rules()) {
            s.append("| [`").append(r.id()).append("`](#").append(r.id()).append(") | ").append(r.snip())
                    .append(" | ").append(r.info().severity().label()).append(" | ").append(cell(r.info().statusNote()))
                    .append(" | ").append(cell(r.info().description())).append(" |\n");
        }
        for (ClaimRule r : RuleCatalog.rules()) {
            s.append("\n## ").append(r.id()).append("\n\n");
            s.append("- SNIP level: ").append(r.snip()).append('\n');
            s.append("- Severity: ").append(r.info().severity().label()).append('\n');
            s.append("- 277CA status: ").append(r.info().statusNote()).append('\n');
            s.append("- Class: `").append(r.getClass().getSimpleName()).append("`\n");
            s.append("- Checks: ").append(r.info().description()).append('\n');
            if (!r.info().example().isEmpty()) {
                s.append("- Example: ").append(r.info().example()).append('\n');
            }
        }
        for (RuleInfo f : RuleCatalog.fileReviews()) {
            s.append("\n## ").append(f.id()).append("\n\n");
            s.append("- SNIP level: ").append(f.snip()).append('\n');
            s.append("- Severity: ").append(f.severity().label()).append(" (per provider, in the report's"
                    + " `providerReviews`)\n");
            s.append("- 277CA status: ").append(f.statusNote()).append('\n');
            s.append("- Checks: ").append(f.description()).append('\n');
            s.append("- Example: ").append(f.example()).append('\n');
        }
        s.append("\n## Findings outside the rules\n\n");
        s.append("The processor adds these itself; profiles cannot turn them off.\n\n");
        s.append("| finding | SNIP | severity | 277CA status | means |\n|---|---|---|---|---|\n");
        for (RuleInfo f : RuleCatalog.processorFindings()) {
            s.append("| `").append(f.id()).append("` | ").append(f.snip()).append(" | ").append(f.severity().label())
                    .append(" | ").append(cell(f.statusNote())).append(" | ").append(cell(f.description()))
                    .append(" |\n");
        }
        return s.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
