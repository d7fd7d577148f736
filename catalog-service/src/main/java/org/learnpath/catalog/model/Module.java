package org.learnpath.catalog.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A unit of study. Its skills, outcomes, resources and prerequisites belong to it: changing any of them
 * bumps the module's version, so one ETag guards the whole module.
 */
@Entity
@Table(name = "module")
public class Module extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Area area;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(name = "estimated_minutes", nullable = false)
    public int estimatedMinutes;

    @ElementCollection
    @CollectionTable(name = "module_outcome", joinColumns = @JoinColumn(name = "module_slug"))
    @OrderColumn(name = "position")
    @Column(name = "outcome", nullable = false)
    public List<String> outcomes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "module_resource", joinColumns = @JoinColumn(name = "module_slug"))
    @OrderColumn(name = "position")
    public List<LearningResource> resources = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "module_skill",
            joinColumns = @JoinColumn(name = "module_slug"),
            inverseJoinColumns = @JoinColumn(name = "skill_code"))
    public Set<Skill> skills = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "module_prerequisite",
            joinColumns = @JoinColumn(name = "module_slug"),
            inverseJoinColumns = @JoinColumn(name = "prerequisite_slug"))
    public Set<Module> prerequisites = new HashSet<>();

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Every "requires" edge of the catalog, as a map from module to its direct prerequisites. */
    @SuppressWarnings("unchecked")
    public static java.util.Map<String, List<String>> prerequisiteEdges() {
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select module_slug, prerequisite_slug from module_prerequisite")
                .getResultList();
        java.util.Map<String, List<String>> edges = new java.util.HashMap<>();
        for (Object[] row : rows) {
            edges.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return edges;
    }

    public static List<String> slugsTeaching(String skillCode) {
        return getEntityManager()
                .createQuery("select m.slug from Module m join m.skills s where s.code = :code order by m.slug", String.class)
                .setParameter("code", skillCode)
                .getResultList();
    }

    public static List<String> slugsRequiring(String prerequisiteSlug) {
        return getEntityManager()
                .createQuery("select m.slug from Module m join m.prerequisites p where p.slug = :slug order by m.slug",
                        String.class)
                .setParameter("slug", prerequisiteSlug)
                .getResultList();
    }

    public List<String> skillCodes() {
        return skills.stream().map(s -> s.code).sorted().toList();
    }

    public List<String> prerequisiteSlugs() {
        return prerequisites.stream().map(m -> m.slug).sorted().toList();
    }
}
