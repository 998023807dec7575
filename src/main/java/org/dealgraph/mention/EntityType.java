package org.dealgraph.mention;

/** What kind of thing a name names. {@link #OUTLET} is a news outlet or agency: cited, never a party. */
public enum EntityType {
    ORGANIZATION, PERSON, PRODUCT, PLACE, OUTLET;

    /** Whether an entity of this type can take part in a relation. */
    public boolean canBeParty() {
        return this == ORGANIZATION || this == PERSON || this == PRODUCT;
    }
}
