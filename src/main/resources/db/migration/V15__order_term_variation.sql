-- A variation replaces an order's terms; the terms it replaced stay on record with the date they stopped applying.
alter table order_term add superseded_on date null;
