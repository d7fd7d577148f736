package org.learnpath.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.learnpath.assessment.model.ItemReport;
import org.learnpath.assessment.model.SkillReport;

/** Aggregates over the stored attempts, for authors' reports: read rarely, computed by the database. */
@ApplicationScoped
public class ReportRepository {

    private final EntityManager entities;

    public ReportRepository(EntityManager entities) {
        this.entities = entities;
    }

    public ItemReport item(UUID id) {
        Object[] row = (Object[]) entities.createNativeQuery("""
                select count(*), count(distinct learner_id), coalesce(avg(case when correct then 1.0 else 0.0 end), 0),
                       coalesce(avg(score), 0), coalesce(avg(response_time_ms), 0)
                from attempt where item_id = :id
                """).setParameter("id", id).getSingleResult();
        return new ItemReport(id, num(row[0]).longValue(), num(row[1]).longValue(), num(row[2]).doubleValue(),
                num(row[3]).doubleValue(), num(row[4]).doubleValue());
    }

    @SuppressWarnings("unchecked")
    public List<SkillReport> skills() {
        List<Object[]> rows = entities.createNativeQuery("""
                select s.skill_code, count(distinct s.item_id), count(a.id), count(distinct a.learner_id),
                       coalesce(avg(case when a.correct then 1.0 when a.id is not null then 0.0 end), 0)
                from item_skill s
                left join attempt a on a.item_id = s.item_id
                group by s.skill_code order by s.skill_code
                """).getResultList();
        return rows.stream().map(r -> new SkillReport((String) r[0], num(r[1]).longValue(), num(r[2]).longValue(),
                num(r[3]).longValue(), num(r[4]).doubleValue())).toList();
    }

    private static Number num(Object value) {
        return (Number) value;
    }
}
