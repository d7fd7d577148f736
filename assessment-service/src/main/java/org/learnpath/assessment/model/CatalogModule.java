package org.learnpath.assessment.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of a catalog module: which skills a module session assesses. */
@Entity
@Table(name = "catalog_module")
public class CatalogModule extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skill_codes", nullable = false)
    public String[] skillCodes;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
