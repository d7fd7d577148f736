package org.learnpath.catalog.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.learnpath.catalog.messaging.CatalogOutbox;
import org.learnpath.catalog.model.Area;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.model.Skill;
import org.learnpath.catalog.rest.SkillRequest;
import org.learnpath.rest.IfMatch;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.Slice;

@ApplicationScoped
public class SkillService {

    private final CatalogOutbox outbox;

    public SkillService(CatalogOutbox outbox) {
        this.outbox = outbox;
    }

    public Skill get(String code) {
        return Skill.<Skill>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Skill", code));
    }

    public Slice<Skill> search(Area area, String text, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (area != null) {
            where.append(" and s.area = :area");
            params.and("area", area);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(s.name) like :text escape '\\' or lower(s.description) like :text escape '\\'"
                    + " or s.code like :text escape '\\')");
            params.and("text", TextPattern.contains(text));
        }
        var query = Skill.<Skill>find("from Skill s where " + where + " order by s.code", params);
        return new Slice<>(query.page(page, size).list(), query.count());
    }

    @Transactional
    public Skill create(SkillRequest request) {
        if (request.code() == null) {
            throw ProblemException.invalid("code", "must not be null");
        }
        if (Skill.findById(request.code()) != null) {
            throw ProblemException.conflict("Skill '" + request.code() + "' already exists");
        }
        Skill skill = new Skill();
        skill.code = request.code();
        apply(skill, request);
        skill.persist();
        Skill.flush();
        outbox.skillChanged(skill);
        return skill;
    }

    @Transactional
    public Skill update(String code, String ifMatch, SkillRequest request) {
        if (request.code() != null && !request.code().equals(code)) {
            throw ProblemException.invalid("code", "cannot change a skill's code (path has '" + code + "')");
        }
        Skill skill = get(code);
        IfMatch.require(ifMatch, skill.version);
        apply(skill, request);
        Skill.flush();
        outbox.skillChanged(skill);
        return skill;
    }

    @Transactional
    public void delete(String code) {
        Skill skill = get(code);
        List<String> teaching = Module.slugsTeaching(code);
        if (!teaching.isEmpty()) {
            throw ProblemException.conflict("Skill '" + code + "' is taught by modules " + teaching
                    + ": remove it from them first");
        }
        skill.delete();
        outbox.skillDeleted(code);
    }

    private static void apply(Skill skill, SkillRequest request) {
        skill.name = request.name().trim();
        skill.description = request.description().trim();
        skill.area = request.area();
    }
}
