package org.learnpath.assessment.service.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemType;
import org.learnpath.testinfra.LearnPathTestResources;

/**
 * The linter over the seeded item bank as learners meet it (the published items the migrations wrote, read through the
 * application from its database): every bank rule passes overall and in every skill, every skill has at least
 * {@value #MIN_ITEMS} published items, and no item is broken. The figures go to target/item-lint-report.txt, named by
 * the items' seed keys. The bank before and after issue 28's rewrite: docs/item-bank.md.
 */
@QuarkusTest
@LearnPathTestResources
class SeededBankLintTest {

    private static final Path REPORT = Path.of("target", "item-lint-report.txt");
    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
    private static final Pattern SEED_KEY = Pattern.compile("learnpath-seed-item:([a-z0-9-]+)'");
    /** The words issue 28 counted ("always", "never", "guaranteed", "cannot"). */
    private static final Set<String> ISSUE_WORDS = Set.of("always", "never", "guaranteed", "cannot");
    private static final int MIN_ITEMS = 12;

    @Inject
    ItemLinting linting;

    @Test
    void theWholeSeededBankPassesEveryBankRuleWithEnoughItemsPerSkill() throws IOException {
        List<LintItem> bank = seededBank();
        BankReport report = linting.bankLinter().report(bank);
        BankFigures.AbsoluteWords issueWords = new BankLinter(ItemLinter.standard(
                linting.bankLinter().settings().withAbsoluteWords(ISSUE_WORDS))).report(bank).overall().absoluteWords();
        Files.writeString(REPORT, new LintReportText(report, issueWords, seedKeys()).render(), StandardCharsets.UTF_8);

        assertThat(report.overall().checks()).as("bank rules over the whole bank").allSatisfy(c ->
                assertThat(c.passes()).as("%s: %s", c.rule(), c.message()).isTrue());
        assertThat(report.skills()).as("skills with published items").hasSizeGreaterThanOrEqualTo(80);
        for (BankFigures skill : report.skills()) {
            assertThat(skill.items()).as("%s: published items", skill.scope()).isGreaterThanOrEqualTo(MIN_ITEMS);
            assertThat(skill.checks()).as("%s: bank rules", skill.scope()).allSatisfy(c ->
                    assertThat(c.passes()).as("%s %s: %s", skill.scope(), c.rule(), c.message()).isTrue());
        }
        assertThat(report.passes()).isTrue();
        assertThat(report.findings().values().stream().flatMap(List::stream)
                .filter(f -> f.severity() == Severity.ERROR)).as("broken items").isEmpty();
    }

    @Test
    void theConfiguredDefaultsAreTheLintersDefaults() {
        assertThat(linting.bankLinter().settings()).isEqualTo(LintSettings.defaults());
    }

    /** The published items the migrations seeded (created by no one, or by "seed"): retired ones are not served. */
    private static List<LintItem> seededBank() {
        return QuarkusTransaction.requiringNew().call(() -> Item.<Item>list("select distinct i from Item i"
                + " left join fetch i.skillCodes where coalesce(i.createdBy, 'seed') = 'seed'"
                + " and i.status = org.learnpath.assessment.model.ItemStatus.PUBLISHED order by i.id")
                .stream().map(ItemLinting::lintItem).toList());
    }

    /** Item id to seed key, from the keys the migrations name: the id is md5('learnpath-seed-item:' || key). */
    static Map<String, String> seedKeys() throws IOException {
        Map<String, String> keys = new HashMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = SEED_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.put(seedId(m.group(1)).toString(), m.group(1));
                }
            }
        }
        return keys;
    }

    static UUID seedId(String key) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(("learnpath-seed-item:" + key).getBytes(StandardCharsets.UTF_8)));
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The report as text: figures per skill and overall, then the pairs and flagged items, by seed key. */
    record LintReportText(BankReport report, BankFigures.AbsoluteWords issueWords, Map<String, String> keys) {

        String render() {
            StringBuilder out = new StringBuilder();
            BankFigures all = report.overall();
            out.append("Item linter over the seeded item bank (").append(all.items()).append(" items, ")
                    .append(report.skills().size()).append(" skills)\n\n");
            out.append("Items per type: ").append(all.byType()).append('\n');
            out.append("Items per difficulty band: ").append(all.byDifficulty()).append("\n\n");
            out.append("Bank rules, overall:\n");
            all.checks().forEach(c -> out.append("  ").append(c.passes() ? "pass " : "FAIL ").append(c.rule())
                    .append(": ").append(c.message()).append('\n'));
            out.append(String.format(Locale.ROOT, "  (with issue 28's words only, %s: wrong options %.1f%% (%d of %d),"
                    + " correct options %.1f%% (%d of %d))%n", ISSUE_WORDS.stream().sorted().toList(),
                    issueWords.distractorRate() * 100, issueWords.distractorsWithWord(), issueWords.distractors(),
                    issueWords.keyRate() * 100, issueWords.keysWithWord(), issueWords.keys()));
            out.append("\nSkills failing each bank rule (of ").append(report.skills().size()).append("):\n");
            all.checks().forEach(c -> out.append("  ").append(c.rule()).append(": ")
                    .append(report.skills().stream().filter(s -> s.checks().stream()
                            .anyMatch(k -> k.rule().equals(c.rule()) && !k.passes())).count())
                    .append('\n'));
            out.append("\nItems with a finding of each item rule: ").append(all.itemWarnings()).append("\n\n");

            out.append("Per skill: items (SC/MC/NUM/ST), key longest in single choice (share, limit),"
                    + " absolute words wrong/correct, MC correct counts, near-duplicate pairs, verdict\n");
            for (BankFigures s : report.skills()) {
                BankFigures.LongestKey lk = s.longestKey();
                out.append(String.format(Locale.ROOT,
                        "  %-32s %2d (%d/%d/%d/%d)  longest %d/%d = %5.1f%% (limit %.1f%%)  abs %d/%d vs %d/%d  MC %s"
                                + "  pairs %d  %s%n",
                        s.scope(), s.items(), s.byType().get(ItemType.SINGLE_CHOICE.name()),
                        s.byType().get(ItemType.MULTIPLE_CHOICE.name()), s.byType().get(ItemType.NUMERIC.name()),
                        s.byType().get(ItemType.SHORT_TEXT.name()), lk.keyLongest(), lk.items(), lk.share() * 100,
                        lk.limit() * 100, s.absoluteWords().distractorsWithWord(), s.absoluteWords().distractors(),
                        s.absoluteWords().keysWithWord(), s.absoluteWords().keys(), s.correctCounts().distribution(),
                        s.nearDuplicates().size(), s.passes() ? "pass" : "FAIL " + s.checks().stream()
                                .filter(c -> !c.passes()).map(BankCheck::rule).toList()));
            }

            out.append("\nNear-duplicate pairs (similarity, first, second, across skills):\n");
            for (NearDuplicate p : all.nearDuplicates()) {
                out.append(String.format(Locale.ROOT, "  %s %.2f %s %s%s / %s %s%s%s%n", p.rule(), p.similarity(),
                        key(p.first()), p.firstField(), p.firstKeyed() ? " (key)" : "", key(p.second()),
                        p.secondField(), p.secondKeyed() ? " (key)" : "", p.crossSkill() ? "  ACROSS SKILLS" : ""));
                out.append("      \"").append(abbreviate(p.firstText())).append("\" / \"")
                        .append(abbreviate(p.secondText())).append("\"\n");
            }

            out.append("\nItem findings by rule:\n");
            Map<String, List<String>> byRule = new java.util.TreeMap<>();
            report.findings().forEach((ref, findings) -> findings.forEach(f -> byRule
                    .computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(key(ref) + " " + f.field())));
            byRule.forEach((rule, where) -> {
                out.append("  ").append(rule).append(" (").append(where.size()).append("):\n");
                where.stream().sorted().forEach(w -> out.append("    ").append(w).append('\n'));
            });
            return out.toString();
        }

        private String key(String ref) {
            return keys.getOrDefault(ref, ref);
        }

        private static String abbreviate(String text) {
            String flat = text.replaceAll("\\s+", " ");
            return flat.length() <= 100 ? flat : flat.substring(0, 97) + "...";
        }
    }
}
