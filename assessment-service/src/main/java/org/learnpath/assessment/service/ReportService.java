package org.learnpath.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.learnpath.assessment.model.Item;

@ApplicationScoped
public class ReportService {

    private final ItemService items;

    public ReportService(ItemService items) {
        this.items = items;
    }

    public record ItemReport(UUID itemId, long attempts, long learners, double shareCorrect, double meanScore,
            double meanResponseTimeMillis) {
    }

    public record SkillReport(String skill, long items, long attempts, long learners, double shareCorrect) {
    }

    public ItemReport item(UUID id) {
        items.get(id);
        Object[] row = (Object[]) Item.getEntityManager().createNativeQuery("""
                select count(*), count(distinct learner_id), coalesce(avg(case when correct then 1.0 else 0.0 end), 0),
                       coalesce(avg(score), 0), coalesce(avg(response_time_ms), 0)
                from attempt where item_id = :id
                """).setParameter("id", id).getSingleResult();
        return new ItemReport(id, num(row[0]).longValue(), num(row[1]).longValue(), num(row[2]).doubleValue(),
                num(row[3]).doubleValue(), num(row[4]).doubleValue());
    }

    @SuppressWarnings("unchecked")
    public List<SkillReport> skills() {
        List<Object[]> rows = Item.getEntityManager().createNativeQuery("""
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
