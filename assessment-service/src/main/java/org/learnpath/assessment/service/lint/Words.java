package org.learnpath.assessment.service.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as the rules compare them. {@link #tokens} are the lower-cased words of a text (for absolute words);
 * {@link #contentWords} drops function words and the instructions every item repeats ("select all that apply"),
 * then reduces each word to a crude stem, so that "transformer" meets "transform" and "exploration" meets "explore".
 * The stemmer strips common English suffixes and is deliberately simple: it only has to map the forms of one word to
 * the same string, never to produce a real word.
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'\\p{L}+)?");

    private static final Set<String> STOP = Set.of(("a an the and or but if then else of to in on at by for with from"
            + " into onto over under as is are was were be been being it its this that these those there here which what"
            + " who whom whose when where why how than so such not no nor do does did doing done have has had having can"
            + " could would should may might will shall i you he she we they them their our your his her my me us one two"
            + " three some any each other more most less many much very also just only both either neither same own too"
            + " about above below between through during before after again further once all per via vs e g eg ie etc"
            + " use used using uses select apply true false correct statement statements following answer choose best"
            + " describe describes option options give round decimal decimals").split(" "));

    // Longest first: the first suffix that fits is stripped, and stripping repeats until none fits.
    private static final List<String> SUFFIXES = List.of("izations", "ization", "ations", "ation", "ments", "ment",
            "ings", "ing", "ers", "er", "ies", "ied", "es", "ed", "s", "e");

    private Words() {
    }

    /** The text's words, lower-cased, in order; "can't" stays one word. */
    public static List<String> tokens(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The stems of the text's content words: no function words, numbers or one-letter words. */
    public static Set<String> contentWords(String text) {
        return withForms(text).keySet();
    }

    /** The text's content words by stem, each with the first form the text uses, in order. */
    public static Map<String, String> withForms(String text) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String token : tokens(text)) {
            String word = token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
            int apostrophe = word.indexOf('\'');
            if (apostrophe >= 0) {
                word = word.substring(0, apostrophe);
            }
            if (word.length() < 2 || STOP.contains(word) || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            words.putIfAbsent(stem(word), word);
        }
        return words;
    }

    static String stem(String word) {
        String current = word;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : SUFFIXES) {
                if (current.endsWith(suffix) && current.length() - suffix.length() >= 3
                        && !(suffix.endsWith("s") && current.endsWith("ss"))) {
                    String base = current.substring(0, current.length() - suffix.length());
                    current = suffix.equals("ies") || suffix.equals("ied") ? base + "y" : base;
                    stripped = true;
                    break;
                }
            }
        }
        return current;
    }

    /** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String word : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(word)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /** The text as two options are compared for being the same: lower case, spaces folded, no final full stop. */
    static String normalized(String text) {
        String folded = text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return folded.endsWith(".") ? folded.substring(0, folded.length() - 1).trim() : folded;
    }
}
