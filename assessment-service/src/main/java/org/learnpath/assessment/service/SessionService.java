package org.learnpath.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learnpath.assessment.model.AssessmentSession;
import org.learnpath.assessment.model.Attempt;
import org.learnpath.assessment.model.CatalogModule;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.SessionKind;
import org.learnpath.rest.ProblemException;

@ApplicationScoped
public class SessionService {

    /** Each right answer in a session asks for a harder next item, each wrong one for an easier one. */
    private static final double DIFFICULTY_STEP = 0.5;

    @Transactional
    public AssessmentSession start(String learnerId, SessionKind kind, String target, List<String> practiceSkills,
            int plannedItems) {
        String[] skills = switch (kind) {
            case MODULE -> {
                CatalogModule module = CatalogModule.<CatalogModule>findByIdOptional(requireTarget(kind, target))
                        .orElseThrow(() -> ProblemException.notFound("Module", target));
                yield module.skillCodes;
            }
            case SKILL -> new String[] { requireTarget(kind, target) };
            case PRACTICE -> practiceSkills == null ? new String[0] : practiceSkills.stream().distinct().toArray(String[]::new);
        };
        if (countAvailable(skills) == 0) {
            throw ProblemException.conflict("No published items assess " + (skills.length == 0 ? "any skill" : Arrays.toString(skills)));
        }
        AssessmentSession session = new AssessmentSession();
        session.id = UUID.randomUUID();
        session.learnerId = learnerId;
        session.kind = kind;
        session.target = kind == SessionKind.PRACTICE ? null : target;
        session.skillCodes = skills;
        session.plannedItems = plannedItems;
        session.createdAt = Instant.now();
        session.persist();
        return session;
    }

    /** The learner's own session; someone else's is reported as missing, not forbidden. */
    public AssessmentSession owned(String learnerId, UUID id) {
        return AssessmentSession.<AssessmentSession>findByIdOptional(id)
                .filter(s -> s.learnerId.equals(learnerId))
                .orElseThrow(() -> ProblemException.notFound("Session", id.toString()));
    }

    public List<AssessmentSession> list(String learnerId, int page, int size) {
        return AssessmentSession.<AssessmentSession>find("learnerId = ?1 order by createdAt desc", learnerId)
                .page(page, size).list();
    }

    public List<Attempt> attempts(AssessmentSession session) {
        return Attempt.list("sessionId = ?1 order by recordedAt, id", session.id);
    }

    /**
     * The next item of an open session: one of its skills, not yet answered in it, the learner's least
     * practised, closest to a difficulty that follows the learner's answers in this session.
     */
    public Optional<Item> nextItem(AssessmentSession session) {
        if (session.status == AssessmentSession.Status.COMPLETED) {
            return Optional.empty();
        }
        double target = 0;
        for (Attempt a : attempts(session)) {
            target += a.correct ? DIFFICULTY_STEP : -DIFFICULTY_STEP;
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = Item.getEntityManager().createNativeQuery("""
                select i.id from item i
                where i.status = 'PUBLISHED'
                  and (cardinality(cast(:skills as varchar[])) = 0
                       or exists (select 1 from item_skill s where s.item_id = i.id and s.skill_code = any(cast(:skills as varchar[]))))
                  and not exists (select 1 from attempt a where a.session_id = :session and a.item_id = i.id)
                order by (select count(*) from attempt p where p.learner_id = :learner and p.item_id = i.id),
                         abs(i.difficulty - :target), md5(cast(i.id as text) || cast(:session as text))
                limit 1
                """, UUID.class)
                .setParameter("skills", session.skillCodes)
                .setParameter("session", session.id)
                .setParameter("learner", session.learnerId)
                .setParameter("target", Math.max(-3, Math.min(3, target)))
                .getResultList();
        return ids.stream().findFirst().map(id -> Item.<Item>findById(id));
    }

    private static long countAvailable(String[] skills) {
        Object count = Item.getEntityManager().createNativeQuery("""
                select count(*) from item i where i.status = 'PUBLISHED'
                  and (cardinality(cast(:skills as varchar[])) = 0
                       or exists (select 1 from item_skill s where s.item_id = i.id and s.skill_code = any(cast(:skills as varchar[]))))
                """).setParameter("skills", skills).getSingleResult();
        return ((Number) count).longValue();
    }

    private static String requireTarget(SessionKind kind, String target) {
        if (target == null || target.isBlank()) {
            throw ProblemException.invalid("target", "required for a " + kind + " session");
        }
        return target;
    }
}
