package org.learnpath.portal.service.admin;

/** One skill's fitted parameters as the admin table shows them: numbers rounded for reading. */
public record SkillParameterRow(String code, String name, String prior, String learn, String guess, String slip,
        int sequences, int answers, String fittedAt) {
}
