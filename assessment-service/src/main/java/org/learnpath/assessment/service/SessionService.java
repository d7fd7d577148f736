package org.learnpath.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.learnpath.assessment.model.AssessmentSession;
import org.learnpath.assessment.model.Attempt;
import org.learnpath.assessment.model.CatalogModule;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.assessment.model.SessionKind;
import org.learnpath.assessment.repository.AttemptRepository;
import org.learnpath.assessment.repository.ItemRepository;
import org.learnpath.assessment.repository.LearnerOrganizations;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;

@ApplicationScoped
public class SessionService {

    /** Each right answer in a session asks for a harder next item, each wrong one for an easier one. */
    private static final double DIFFICULTY_STEP = 0.5;

    private final ItemRepository items;
    private final AttemptRepository attempts;
    private final LearnerOrganizations organizations;

    public SessionService(ItemRepository items, AttemptRepository attempts, LearnerOrganizations organizations) {
        this.items = items;
        this.attempts = attempts;
        this.organizations = organizations;
    }

    /**
     * A new session of the learner in {@code organization}, the token's. A learner whose data belongs to another
     * organization gets a 404 and nothing is stored: a learner moves between organizations through an administrator,
     * never because a token names another one, which would split their history between two organizations.
     */
    @Transactional
    public AssessmentSession start(String learnerId, String organization, SessionKind kind, String target,
            List<String> practiceSkills, int plannedItems) {
        String[] skills = switch (kind) {
            case MODULE -> {
                CatalogModule module = CatalogModule.<CatalogModule>findByIdOptional(requireTarget(kind, target))
                        .orElseThrow(() -> ProblemException.notFound("Module", target));
                yield module.skillCodes;
            }
            case SKILL -> new String[] { requireTarget(kind, target) };
            case PRACTICE -> practiceSkills == null ? new String[0] : practiceSkills.stream().distinct().toArray(String[]::new);
            // Any skill: the recommender's placement names each item (the assessment knows no goals).
            case PLACEMENT -> {
                requireTarget(kind, target);
                if (plannedItems > SessionKind.PLACEMENT_MAX_ITEMS) {
                    throw ProblemException.invalid("items", "at most " + SessionKind.PLACEMENT_MAX_ITEMS
                            + " for a PLACEMENT session, was " + plannedItems);
                }
                yield new String[0];
            }
        };
        if (items.countPublished(skills) == 0) {
            throw ProblemException.conflict("No published items assess " + (skills.length == 0 ? "any skill" : Arrays.toString(skills)));
        }
        organizations.lock(learnerId);
        String known = organizations.of(List.of(learnerId)).get(learnerId);
        if (known != null && !known.equals(organization)) {
            throw new ProblemException(ProblemType.NOT_FOUND, 404, "Learner '" + learnerId + "' is not a learner of"
                    + " organization '" + organization + "': their data belongs to another organization, and only an"
                    + " administrator moves learners between organizations");
        }
        AssessmentSession session = new AssessmentSession();
        session.id = UUID.randomUUID();
        session.learnerId = learnerId;
        session.organization = organization;
        session.kind = kind;
        session.target = kind == SessionKind.PRACTICE ? null : target;
        session.skillCodes = skills;
        session.plannedItems = plannedItems;
        session.createdAt = Instant.now();
        session.persist();
        return session;
    }

    /**
     * The learner's own session in the organization; someone else's, or the learner's own in another organization,
     * is reported as missing, not forbidden.
     */
    public AssessmentSession owned(String learnerId, String organization, UUID id) {
        return AssessmentSession.<AssessmentSession>findByIdOptional(id)
                .filter(s -> isOf(s, learnerId, organization))
                .orElseThrow(() -> ProblemException.notFound("Session", id.toString()));
    }

    public List<AssessmentSession> list(String learnerId, String organization, int page, int size) {
        return AssessmentSession.<AssessmentSession>find("learnerId = ?1 and organization = ?2 order by createdAt desc",
                learnerId, organization).page(page, size).list();
    }

    private static boolean isOf(AssessmentSession session, String learnerId, String organization) {
        return session.learnerId.equals(learnerId) && Objects.equals(session.organization, organization);
    }

    public List<Attempt> attempts(AssessmentSession session) {
        return attempts.ofSession(session.id);
    }

    /**
     * The item the session puts in front of its learner, which is then the only item it takes an answer to. Until it
     * is answered, the same item comes back (a reload shows the same question). {@code requested} asks for a given
     * item instead, such as the one the recommender named: served if it is published, assesses the session's skills
     * and was not answered in this session yet. Empty when the session is complete or has no item left.
     */
    @Transactional
    public Optional<Item> serve(String learnerId, String organization, UUID sessionId, UUID requested) {
        AssessmentSession session = AssessmentSession.<AssessmentSession>findByIdOptional(sessionId, LockModeType.PESSIMISTIC_WRITE)
                .filter(s -> isOf(s, learnerId, organization))
                .orElseThrow(() -> ProblemException.notFound("Session", sessionId.toString()));
        if (session.status == AssessmentSession.Status.COMPLETED) {
            return Optional.empty();
        }
        Optional<Item> item = requested != null ? Optional.of(servable(session, requested))
                : stillServed(session).or(() -> chooseNext(session));
        if (item.isEmpty() && requested == null && session.kind == SessionKind.PLACEMENT) {
            throw ProblemException.conflict("A PLACEMENT session asks the items the recommender's placement names:"
                    + " ask for one with itemId");
        }
        item.ifPresent(i -> session.serve(i.id, Instant.now()));
        return item;
    }

    private Item servable(AssessmentSession session, UUID itemId) {
        Item item = Item.<Item>findByIdOptional(itemId)
                .filter(i -> i.status == ItemStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("Item", itemId.toString()));
        if (session.skillCodes.length > 0 && item.skillCodes.stream().noneMatch(Arrays.asList(session.skillCodes)::contains)) {
            throw ProblemException.invalid("itemId", "item " + itemId + " does not assess this session's skills");
        }
        if (answeredIn(session, itemId)) {
            throw ProblemException.conflict("Item " + itemId + " was already answered in this session");
        }
        return item;
    }

    /** The item served earlier and not answered since, while it is still published. */
    private Optional<Item> stillServed(AssessmentSession session) {
        if (session.servedItemId == null || answeredIn(session, session.servedItemId)) {
            return Optional.empty();
        }
        return Item.<Item>findByIdOptional(session.servedItemId).filter(i -> i.status == ItemStatus.PUBLISHED);
    }

    private boolean answeredIn(AssessmentSession session, UUID itemId) {
        return attempts.countInSession(session.id, itemId) > 0;
    }

    /**
     * One of the session's skills, not yet answered in it, the learner's least practised, closest to a difficulty
     * that follows the learner's answers in this session.
     */
    private Optional<Item> chooseNext(AssessmentSession session) {
        if (session.kind == SessionKind.PLACEMENT) {
            return Optional.empty(); // the placement chooses, never the session's own staircase
        }
        double target = 0;
        for (Attempt a : attempts(session)) {
            target += a.correct ? DIFFICULTY_STEP : -DIFFICULTY_STEP;
        }
        return items.nextFor(session.id, session.learnerId, session.skillCodes, Math.max(-3, Math.min(3, target)))
                .map(id -> Item.<Item>findById(id));
    }

    private static String requireTarget(SessionKind kind, String target) {
        if (target == null || target.isBlank()) {
            throw ProblemException.invalid("target", "required for a " + kind + " session");
        }
        return target;
    }
}
