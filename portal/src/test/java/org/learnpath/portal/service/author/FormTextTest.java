package org.learnpath.portal.service.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.model.ModuleLevel;

class FormTextTest {

    @Test
    void onlyAnEntityTagIsSentBackAsTheVersion() {
        assertThat(FormText.version("\"3\"")).isEqualTo("\"3\"");
        assertThat(FormText.version("W/\"3\"")).isEqualTo("W/\"3\"");
        assertThat(FormText.version("\"3\"\r\nX-Injected: 1")).isEmpty();
        assertThat(FormText.version("3")).isEmpty();
        assertThat(FormText.version("\"" + "9".repeat(65) + "\"")).isEmpty();
        assertThat(FormText.version(null)).isEmpty();
    }

    @Test
    void linesAreTrimmedAndBlankOnesDropped() {
        assertThat(FormText.lines(" one \r\n\n\ttwo\rthree\n  ")).containsExactly("one", "two", "three");
        assertThat(FormText.lines(null)).isEmpty();
    }

    @Test
    void keyListsSplitOnCommasSpacesAndLinesOnceEach() {
        assertThat(FormText.keyList(" a, b ,,c\nd  a ")).containsExactly("a", "b", "c", "d");
        assertThat(FormText.keyList("  ")).isEmpty();
    }

    @Test
    void numbersAsPeopleTypeThem() {
        assertThat(FormText.number("0,5")).contains(0.5);
        assertThat(FormText.number(" -3.25 ")).contains(-3.25);
        assertThat(FormText.number(".5")).contains(0.5);
        assertThat(FormText.number("1,000.5")).isEmpty();
        assertThat(FormText.number("Infinity")).isEmpty();
        assertThat(FormText.number("1e400")).isEmpty();
        assertThat(FormText.number("0x10")).isEmpty();
        assertThat(FormText.wholeNumber("99999999999")).isEmpty();
        assertThat(FormText.wholeNumber(" 42 ")).contains(42);
    }

    @Test
    void numbersAreShownWithoutNoise() {
        assertThat(FormText.format(2.0)).isEqualTo("2");
        assertThat(FormText.format(0.10)).isEqualTo("0.1");
        assertThat(FormText.format(null)).isEmpty();
    }

    @Test
    void selectValuesMatchTheEnumWhateverTheCase() {
        assertThat(FormText.choice("intermediate", ModuleLevel.class)).contains(ModuleLevel.INTERMEDIATE);
        assertThat(FormText.choice("expert", ModuleLevel.class)).isEmpty();
        assertThat(FormText.choice(null, ModuleLevel.class)).isEqualTo(Optional.empty());
    }

    @Test
    void keysFollowTheCatalogsRule() {
        assertThat(FormText.badKeys(List.of("sql-joins", "a1"), 64, "skill code")).isEmpty();
        assertThat(FormText.badKeys(List.of("sql--joins"), 64, "skill code")).isPresent();
        assertThat(FormText.badKeys(List.of("x".repeat(65)), 64, "skill code")).get().asString()
                .contains("at most 64");
    }
}
