package uk.police.spo.monitoring;

/** Who applied to the court: the chief officer (the force) or the defendant (Stalking Protection Act 2019 s.7). */
public enum Applicant {

	POLICE, DEFENDANT

}
