package org.learnpath.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.model.Skill;
import org.learnpath.rest.IfMatch;
import org.learnpath.rest.ProblemException;

@ApplicationScoped
public class SkillService {

    private final CatalogEvents outbox;
    private final CatalogReadModel readModel;

    public SkillService(CatalogEvents outbox, CatalogReadModel readModel) {
        this.outbox = outbox;
        this.readModel = readModel;
    }

    public Skill get(String code) {
        return Skill.<Skill>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Skill", code));
    }

    @Transactional
    public Skill create(SkillDraft request) {
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
        readModel.changed();
        return skill;
    }

    @Transactional
    public Skill update(String code, String ifMatch, SkillDraft request) {
        if (request.code() != null && !request.code().equals(code)) {
            throw ProblemException.invalid("code", "cannot change a skill's code (path has '" + code + "')");
        }
        Skill skill = get(code);
        IfMatch.require(ifMatch, skill.version);
        apply(skill, request);
        Skill.flush();
        outbox.skillChanged(skill);
        readModel.changed();
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
        outbox.skillDeleted(skill);
        readModel.changed();
    }

    private static void apply(Skill skill, SkillDraft request) {
        skill.name = request.name().trim();
        skill.description = request.description().trim();
        skill.area = request.area();
    }
}
