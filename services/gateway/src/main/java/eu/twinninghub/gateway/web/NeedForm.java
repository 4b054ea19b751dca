package eu.twinninghub.gateway.web;

import eu.twinninghub.api.need.NeedInput;
import eu.twinninghub.api.need.NeedView;
import eu.twinninghub.api.need.Urgency;
import eu.twinninghub.api.posting.Texts;
import eu.twinninghub.api.taxonomy.Taxonomy;
import eu.twinninghub.reference.ReferenceData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/** A need as typed into its form. */
public class NeedForm extends PostingForm {

    @RestForm
    public String sector;
    @RestForm
    public String urgency;
    @RestForm
    public String startBy;
    @RestForm
    public String endBy;
    @RestForm
    public String budgetEur;
    @RestForm
    public String peopleServed;
    @RestForm
    public List<String> fundingProgrammes = new ArrayList<>();

    /** A blank form: Ukrainian and English as the working languages, medium urgency. */
    static NeedForm blank() {
        NeedForm form = new NeedForm();
        form.postingKey = UUID.randomUUID().toString();
        form.urgency = Urgency.MEDIUM.name();
        form.languages = new ArrayList<>(Arrays.asList("uk", "en"));
        return form;
    }

    static NeedForm of(NeedView view) {
        NeedInput need = view.need();
        NeedForm form = new NeedForm();
        form.texts(need.title(), need.description());
        form.sector = need.sector();
        form.supportModes = new ArrayList<>(need.supportModes());
        form.expertiseTags = tags(need.expertiseTags());
        form.urgency = need.urgency().name();
        form.languages = new ArrayList<>(need.languages());
        form.startBy = Objects.toString(need.startBy(), null);
        form.endBy = Objects.toString(need.endBy(), null);
        form.budgetEur = Objects.toString(need.budgetEur(), null);
        form.peopleServed = Objects.toString(need.peopleServed(), null);
        form.fundingProgrammes = new ArrayList<>(need.fundingProgrammes());
        form.version = Long.toString(view.version());
        return form;
    }

    /**
     * The need for the service, or null with {@code errors} saying what to correct. What the form
     * does not show (subsectors still of the sector, the DREAM project) is kept from {@code before}.
     */
    NeedInput toInput(UUID authority, NeedInput before, FormErrors errors, Msg msg, String programmeError) {
        Texts title = title(errors, msg);
        if (sector == null || !Taxonomy.standard().isSector(sector)) {
            errors.add("sector", msg.errorSector());
        }
        Urgency chosenUrgency = Arrays.stream(Urgency.values()).filter(u -> u.name().equals(urgency)).findFirst()
                .orElse(null);
        if (chosenUrgency == null) {
            errors.add("urgency", msg.errorUrgency());
        }
        var modes = supportModes(errors, msg);
        var start = date("startBy", startBy, msg, errors);
        var end = date("endBy", endBy, msg, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endBy", msg.errorEndBeforeStart());
        }
        Long budget = whole("budgetEur", budgetEur, msg, errors);
        Long people = whole("peopleServed", peopleServed, msg, errors);
        if (people != null && (people == 0 || people > Integer.MAX_VALUE)) {
            errors.add("peopleServed", msg.errorWholeNumber());
        }
        // A programme is only ever chosen from the list the form shows; anything else is refused.
        if (!ReferenceData.unknownFundingProgrammes(fundingProgrammes).isEmpty()) {
            errors.add("fundingProgrammes", programmeError);
        }
        if (!errors.isEmpty()) {
            return null;
        }
        List<String> subsectors = before == null ? List.of() : before.subsectors().stream()
                .filter(sub -> Taxonomy.standard().isSubsectorOf(sub, sector)).toList();
        return new NeedInput(authority, title, description(), sector, subsectors, modes, tags(), chosenUrgency,
                languages, start, end, budget, people == null ? null : Math.toIntExact(people),
                before == null ? null : before.dreamProjectId(), fundingProgrammes);
    }

    public boolean applies(String programme) {
        return fundingProgrammes.contains(programme);
    }
}
