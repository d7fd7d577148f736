package org.learnpath.recommender.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learnpath.recommender.model.ConsumedAnswer;
import org.learnpath.recommender.model.DeadLetter;
import org.learnpath.recommender.repository.LearnerOrganizationRepository;

/**
 * Which organization each learner belongs to. It is recorded the first time the learner is seen with one (their own
 * request, or an answer event naming one) and never changed afterwards by a request or an event: a token or an event
 * naming another organization for a known learner reaches none of their data. A learner moving to another company is
 * an administrator's operation, not the side effect of whatever a token or a producer happens to say, and a silent
 * change would hand the learner's history to the other organization.
 */
@ApplicationScoped
public class LearnerOrganizations {

    private final LearnerOrganizationRepository repository;

    public LearnerOrganizations(LearnerOrganizationRepository repository) {
        this.repository = repository;
    }

    /**
     * The learner's own request, made with a token of {@code organization}: recorded if the learner is new. Whether
     * the learner belongs to that organization.
     */
    public boolean admitOwn(String learnerId, String organization) {
        return organization.equals(repository.record(Map.of(learnerId, organization)).get(learnerId));
    }

    /** Whether the learner is known and belongs to {@code organization} (another caller's request about them). */
    public boolean belongsTo(String learnerId, String organization) {
        return repository.find(learnerId).filter(organization::equals).isPresent();
    }

    /**
     * A batch's answers, split by the organizations their events name: an event naming none (revision 1.0) or the
     * learner's own is admitted; one naming another organization than the learner's is refused. The first event
     * naming an organization for a learner not known yet records it. Runs in the batch's transaction; the
     * organizations are read (and recorded) with one statement, and only for learners the lane's cache does not
     * know, so a batch of known learners costs no statement at all.
     */
    public Admission admit(List<ConsumedAnswer> batch, LearnerStateCache cache) {
        Map<String, String> unknown = new HashMap<>();
        boolean refusals = false;
        for (ConsumedAnswer consumed : batch) {
            String named = consumed.organization();
            if (named == null) {
                continue;
            }
            String known = cache.organization(consumed.answer().learnerId());
            if (known == null) {
                // The first one named in consumption order is the one recorded.
                unknown.putIfAbsent(consumed.answer().learnerId(), named);
            } else if (!known.equals(named)) {
                refusals = true;
            }
        }
        if (unknown.isEmpty() && !refusals) {
            return new Admission(batch, List.of(), Map.of());
        }
        Map<String, String> recorded = unknown.isEmpty() ? Map.of() : repository.record(unknown);
        List<ConsumedAnswer> admitted = new ArrayList<>(batch.size());
        List<DeadLetter> refused = new ArrayList<>();
        for (ConsumedAnswer consumed : batch) {
            String named = consumed.organization();
            String learner = consumed.answer().learnerId();
            String theirs = named == null ? null : cache.organization(learner);
            if (named != null && theirs == null) {
                theirs = recorded.get(learner);
            }
            if (named == null || named.equals(theirs)) {
                admitted.add(consumed);
            } else {
                refused.add(consumed.refusal().deadLetter("refused: the event names organization '" + named
                        + "' but learner '" + learner + "' belongs to organization '" + theirs + "'; a learner's"
                        + " organization is never changed by an event, nothing of the learner's state was changed"));
            }
        }
        return new Admission(admitted, refused, recorded);
    }

    /**
     * @param admitted the answers to apply, in consumption order
     * @param refused  dead letters of the answers refused, to queue in the same transaction
     * @param recorded organizations read or recorded for the batch's learners: the lane's cache learns them once the
     *                 batch has committed
     */
    public record Admission(List<ConsumedAnswer> admitted, List<DeadLetter> refused, Map<String, String> recorded) {
    }
}
