package org.learnpath.catalog.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A learning target such as "Data Analyst": the modules a learner must master to reach it. */
@Entity
@Table(name = "goal")
public class Goal extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    /**
     * The alias of the organization that owns this goal, seen by its members only; {@code null} for a goal everyone
     * sees. Fixed at creation: moving a goal between audiences would silently show an organization's goal to
     * everyone, or take a shared goal away from learners who chose it.
     */
    @Column(length = 63, updatable = false)
    public String organization;

    @ManyToMany
    @JoinTable(name = "goal_module",
            joinColumns = @JoinColumn(name = "goal_slug"),
            inverseJoinColumns = @JoinColumn(name = "module_slug"))
    public Set<Module> modules = new HashSet<>();

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Every goal that includes the module, of whichever organization: callers show only those the caller may see. */
    public static java.util.List<Goal> containing(String moduleSlug) {
        return getEntityManager()
                .createQuery("select g from Goal g join g.modules m where m.slug = :slug order by g.slug", Goal.class)
                .setParameter("slug", moduleSlug)
                .getResultList();
    }

    public Audience audience() {
        return Audience.of(organization);
    }

    public java.util.List<String> moduleSlugs() {
        return modules.stream().map(m -> m.slug).sorted().toList();
    }
}
