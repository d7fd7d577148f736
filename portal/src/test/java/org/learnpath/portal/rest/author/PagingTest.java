package org.learnpath.portal.rest.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void linksKeepTheFiltersEncoded() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", "joins & more");
        filters.put("area", "");
        filters.put("level", null);

        Paging middle = Paging.of("/author/modules", filters, 1, 20, 45);

        assertThat(middle.previous()).isEqualTo("/author/modules?q=joins+%26+more&page=0");
        assertThat(middle.next()).isEqualTo("/author/modules?q=joins+%26+more&page=2");
        assertThat(middle.position()).isEqualTo("Page 2 of 3");
    }

    @Test
    void theFirstAndLastPagesLinkOneWay() {
        Paging only = Paging.of("/author/items", Map.of(), 0, 20, 0);
        assertThat(only.previous()).isNull();
        assertThat(only.next()).isNull();
        assertThat(only.position()).isEqualTo("Page 1 of 1");
        Paging beyond = Paging.of("/author/items", Map.of(), 9, 20, 30);
        assertThat(beyond.previous()).isEqualTo("/author/items?page=1");
        assertThat(beyond.next()).isNull();
    }
}
