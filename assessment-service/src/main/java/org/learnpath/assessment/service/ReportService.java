package org.learnpath.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.learnpath.assessment.model.ItemReport;
import org.learnpath.assessment.model.SkillReport;
import org.learnpath.assessment.repository.ReportRepository;

@ApplicationScoped
public class ReportService {

    private final ItemService items;
    private final ReportRepository reports;

    public ReportService(ItemService items, ReportRepository reports) {
        this.items = items;
        this.reports = reports;
    }

    /** @throws org.learnpath.rest.ProblemException 404 when there is no such item */
    public ItemReport item(UUID id) {
        items.get(id);
        return reports.item(id);
    }

    public List<SkillReport> skills() {
        return reports.skills();
    }
}
