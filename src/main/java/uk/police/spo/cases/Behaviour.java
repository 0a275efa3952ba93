package uk.police.spo.cases;

/** Stalking and harassment behaviours a reported incident can describe. */
public enum Behaviour {

	CONTACT, FOLLOWING, MONITORING_ONLINE, LOITERING, INTERFERING_WITH_PROPERTY, WATCHING, GIFTS, PUBLISHING, THREATS,
	OTHER

}
