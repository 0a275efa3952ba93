package uk.police.spo.orders;

/**
 * The test a court applies to a full order (Stalking Protection Act 2019 s.2): the defendant has carried out acts
 * associated with stalking, poses a risk associated with stalking, and the order is necessary to protect the person at
 * risk. The force records its view of each part, with its reasoning, before deciding to apply.
 */
public record ThreePartTest(boolean actsAssociated, String actsReasoning, boolean riskAssociated, String riskReasoning,
		boolean orderNecessary, String necessityReasoning) {

	public boolean met() {
		return actsAssociated && riskAssociated && orderNecessary;
	}

}
