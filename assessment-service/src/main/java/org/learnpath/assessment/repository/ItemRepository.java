package org.learnpath.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Questions about the item bank that are answered in SQL rather than by loading items. */
@ApplicationScoped
public class ItemRepository {

    private final EntityManager entities;

    public ItemRepository(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * A published item of these skills (any skill when none are given) not answered yet in the session: the one the
     * learner has practised least, then the one closest to {@code difficulty}, ties broken by a hash of the item and
     * the session (stable within a session, varied across sessions).
     */
    public Optional<UUID> nextFor(UUID sessionId, String learnerId, String[] skills, double difficulty) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entities.createNativeQuery("""
                select i.id from item i
                where i.status = 'PUBLISHED'
                  and (cardinality(cast(:skills as varchar[])) = 0
                       or exists (select 1 from item_skill s where s.item_id = i.id and s.skill_code = any(cast(:skills as varchar[]))))
                  and not exists (select 1 from attempt a where a.session_id = :session and a.item_id = i.id)
                order by (select count(*) from attempt p where p.learner_id = :learner and p.item_id = i.id),
                         abs(i.difficulty - :target), md5(cast(i.id as text) || cast(:session as text))
                limit 1
                """, UUID.class)
                .setParameter("skills", skills)
                .setParameter("session", sessionId)
                .setParameter("learner", learnerId)
                .setParameter("target", difficulty)
                .getResultList();
        return ids.stream().findFirst();
    }

    /** How many published items assess one of these skills (any skill when none are given). */
    public long countPublished(String[] skills) {
        Object count = entities.createNativeQuery("""
                select count(*) from item i where i.status = 'PUBLISHED'
                  and (cardinality(cast(:skills as varchar[])) = 0
                       or exists (select 1 from item_skill s where s.item_id = i.id and s.skill_code = any(cast(:skills as varchar[]))))
                """).setParameter("skills", skills).getSingleResult();
        return ((Number) count).longValue();
    }
}
