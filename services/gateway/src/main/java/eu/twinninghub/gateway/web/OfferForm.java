package eu.twinninghub.gateway.web;

import eu.twinninghub.api.offer.OfferInput;
import eu.twinninghub.api.offer.OfferView;
import eu.twinninghub.api.posting.Texts;
import eu.twinninghub.api.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/** An offer as typed into its form. */
public class OfferForm extends PostingForm {

    @RestForm
    public List<String> sectors = new ArrayList<>();
    @RestForm
    public String capacity;
    @RestForm
    public String availableFrom;
    @RestForm
    public String availableUntil;
    @RestForm
    public String staffDays;

    /** A blank form: one partner at a time, English as the working language. */
    static OfferForm blank() {
        OfferForm form = new OfferForm();
        form.postingKey = UUID.randomUUID().toString();
        form.capacity = "1";
        form.languages = new ArrayList<>(List.of("en"));
        return form;
    }

    static OfferForm of(OfferView view) {
        OfferInput offer = view.offer();
        OfferForm form = new OfferForm();
        form.texts(offer.title(), offer.description());
        form.sectors = new ArrayList<>(offer.sectors());
        form.supportModes = new ArrayList<>(offer.supportModes());
        form.expertiseTags = tags(offer.expertiseTags());
        form.capacity = Objects.toString(offer.capacity(), null);
        form.languages = new ArrayList<>(offer.languages());
        form.availableFrom = Objects.toString(offer.availableFrom(), null);
        form.availableUntil = Objects.toString(offer.availableUntil(), null);
        form.staffDays = Objects.toString(offer.staffDays(), null);
        form.version = Long.toString(view.version());
        return form;
    }

    public boolean hasSector(String id) {
        return sectors.contains(id);
    }

    /**
     * The offer for the service, or null with {@code errors} saying what to correct. What the form
     * does not show (subsectors still of a chosen sector, funding, equipment) is kept from {@code before}.
     */
    OfferInput toInput(UUID authority, OfferInput before, FormErrors errors, Msg msg) {
        Texts title = title(errors, msg);
        if (sectors.isEmpty() || !sectors.stream().allMatch(Taxonomy.standard()::isSector)) {
            errors.add("sectors", msg.errorSectors());
        }
        var modes = supportModes(errors, msg);
        Long places = whole("capacity", capacity, msg, errors);
        if (places == null || places < 1 || places > 50) {
            errors.add("capacity", msg.errorCapacity());
        }
        var from = date("availableFrom", availableFrom, msg, errors);
        var until = date("availableUntil", availableUntil, msg, errors);
        if (from != null && until != null && until.isBefore(from)) {
            errors.add("availableUntil", msg.errorEndBeforeStart());
        }
        Long days = whole("staffDays", staffDays, msg, errors);
        if (days != null && days > Integer.MAX_VALUE) {
            errors.add("staffDays", msg.errorWholeNumber());
        }
        if (!errors.isEmpty()) {
            return null;
        }
        List<String> subsectors = before == null ? List.of() : before.subsectors().stream()
                .filter(sub -> sectors.stream().anyMatch(sector -> Taxonomy.standard().isSubsectorOf(sub, sector)))
                .toList();
        return new OfferInput(authority, title, description(), List.copyOf(sectors), subsectors, modes, tags(),
                Math.toIntExact(places), languages, from, until, days == null ? null : Math.toIntExact(days),
                before == null ? null : before.fundingEur(), before == null ? null : before.equipment());
    }
}
