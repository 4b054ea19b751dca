package eu.twinninghub.matching.engine;

import java.util.UUID;

/** What the platform already knows about two authorities, from earlier partnerships and networks. */
public interface Relations {

    Relations NONE = new Relations() {
        @Override
        public boolean tied(UUID needAuthority, UUID offerAuthority) {
            return false;
        }

        @Override
        public boolean worksInOblast(UUID offerAuthority, UUID oblast) {
            return false;
        }
    };

    /** They had a partnership before, or belong to the same partner network. */
    boolean tied(UUID needAuthority, UUID offerAuthority);

    /** The offering authority, or its region, has a partnership with a hromada of this oblast. */
    boolean worksInOblast(UUID offerAuthority, UUID oblast);
}
