package uk.police.spo.monitoring;

/** What a notification after the first one says has changed (s.9(4)). */
public enum ChangeNotified {

	NAME, HOME_ADDRESS, NAME_AND_HOME_ADDRESS

}
