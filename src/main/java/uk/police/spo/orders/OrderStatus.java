package uk.police.spo.orders;

/** Where an order is in its life: granted, then served, then ended one way or another. */
public enum OrderStatus {

	GRANTED, SERVED, ENDED

}
