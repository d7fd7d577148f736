package org.learnpath.portal.service.manage;

import java.util.ArrayList;
import java.util.List;
import org.learnpath.portal.model.SkillGaps;
import org.learnpath.portal.model.SkillGaps.Band;
import org.learnpath.portal.model.SkillGaps.SkillCounts;

/**
 * The skill-gap heatmap laid out for an inline SVG: one row per skill (in the order the recommender gives, the path's
 * study order), one column per mastery band, each cell shaded by the share of the learners in it and carrying the
 * count as text, so that the picture never relies on shade alone. Also the same numbers as a table, the accessible
 * alternative to the picture. Laid out here rather than in the browser: the page needs no script, and the picture
 * is complete when it arrives.
 *
 * @param width   the picture's width in SVG units (pixels at 100 %)
 * @param shades  how many shades above "nobody" a cell may take; the stylesheet has one class per shade
 */
public record Heatmap(SkillGaps source, int width, int height, List<Column> columns, List<Row> rows,
        String summary) {

    public static final int SHADES = 5;
    static final int LABEL_WIDTH = 320;
    static final int CELL_WIDTH = 120;
    static final int CELL_HEIGHT = 36;
    static final int HEADER_HEIGHT = 44;
    /** Skill names longer than this are cut in the picture; the cell titles and the table carry them whole. */
    static final int LABEL_CHARACTERS = 40;

    /** A band's column: its header text and, for the table, the mastery it covers. */
    public record Column(String band, String label, String range, int x, int centre) {
    }

    /** A skill's row: its name in full and as the picture shows it, and its cells in band order. */
    public record Row(String skill, String name, String shortName, int y, int textY, List<Cell> cells,
            String meanMastery) {
    }

    /**
     * A cell: where it is, its count, its shade (0: nobody, up to {@link #SHADES}: every learner) and its title
     * (what a pointer over it says).
     */
    public record Cell(String band, int x, int y, int width, int height, int centre, int textY, int count,
            int shade, String title) {
    }

    public static Heatmap of(SkillGaps gaps) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < gaps.bands().size(); i++) {
            Band band = gaps.bands().get(i);
            int x = LABEL_WIDTH + i * CELL_WIDTH;
            columns.add(new Column(band.band(), label(band), range(band), x, x + CELL_WIDTH / 2));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < gaps.items().size(); r++) {
            SkillCounts skill = gaps.items().get(r);
            int y = HEADER_HEIGHT + r * CELL_HEIGHT;
            String name = skill.name() == null || skill.name().isBlank() ? skill.skill() : skill.name();
            List<Cell> cells = new ArrayList<>();
            for (Column column : columns) {
                int count = skill.counts().getOrDefault(column.band(), 0);
                cells.add(new Cell(column.band(), column.x() + 1, y + 1, CELL_WIDTH - 2, CELL_HEIGHT - 2,
                        column.centre(), y + CELL_HEIGHT / 2 + 5, count, shade(count, gaps.learners()),
                        name + ", " + column.label() + ": " + Readable.count(count, "learner", "learners") + " of "
                                + gaps.learners()));
            }
            rows.add(new Row(skill.skill(), name, shorten(name), y, y + CELL_HEIGHT / 2 + 5, cells,
                    Readable.percent(skill.meanMastery())));
        }
        String goal = gaps.goalName() == null || gaps.goalName().isBlank() ? gaps.goal() : gaps.goalName();
        String summary = "Learners per mastery band for " + Readable.count(rows.size(), "skill", "skills")
                + " of the goal " + goal + ", " + Readable.count(gaps.learners(), "learner", "learners")
                + " in all. Each row is a skill, each column a band; a cell shows how many learners are in it, and"
                + " darker cells hold more of them.";
        return new Heatmap(gaps, LABEL_WIDTH + columns.size() * CELL_WIDTH, HEADER_HEIGHT + rows.size() * CELL_HEIGHT
                + 2, columns, rows, summary);
    }

    /** 0 for nobody; else 1 to {@link #SHADES} by the share of all learners, in equal steps. */
    static int shade(int count, int learners) {
        if (count <= 0 || learners <= 0) {
            return 0;
        }
        double share = Math.min(1.0, (double) count / learners);
        return Math.max(1, Math.min(SHADES, (int) Math.ceil(share * SHADES - 1e-9)));
    }

    static String label(Band band) {
        return band.label() == null || band.label().isBlank() ? band.band() : band.label();
    }

    /** The mastery a band covers, from the limits the recommender sent. */
    static String range(Band band) {
        if (band.from() == null && band.to() == null) {
            return "never practised";
        }
        if (band.from() == null) {
            return "mastery below " + Readable.limit(band.to());
        }
        if (band.to() == null || band.to() >= 1.0 && band.from() > 0) {
            return "mastery " + Readable.limit(band.from()) + " or more";
        }
        return "mastery " + Readable.limit(band.from()) + " to below " + Readable.limit(band.to());
    }

    static String shorten(String name) {
        return name.length() <= LABEL_CHARACTERS ? name : name.substring(0, LABEL_CHARACTERS - 1) + "…";
    }

    /** Where the skill names end: right-aligned against the first column, with a little room. */
    public int labelX() {
        return LABEL_WIDTH - 10;
    }

    public boolean empty() {
        return rows.isEmpty();
    }
}
