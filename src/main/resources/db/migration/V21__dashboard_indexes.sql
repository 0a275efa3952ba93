-- The dashboard's figures: open cases by unit, stage and risk; cases reported per week; timeline milestones
-- (triage completed, safeguarding planned) by kind; referrals, orders, breaches and applications by state. Most are
-- covering indexes: a figure counts from the index alone, or checks a case's unit with one lookup of its row.
create index ix_case_file_unit_status on case_file (unit_code, status, risk_level);
create index ix_case_file_status_risk on case_file (status, risk_level);
create index ix_case_file_received on case_file (received_at, unit_code);
create index ix_case_timeline_kind on case_timeline_entry (kind, case_id, occurred_at);
create index ix_referral_status_partner on referral (status, partner, case_id);
create index ix_referral_case_partner on referral (case_id, partner, status);
create index ix_protective_order_status on protective_order (status, ends_on, served_at, case_id);
create index ix_order_breach_reported on order_breach (reported_at, case_id);
create index ix_spo_application_status on spo_application (status, case_id);
create index ix_spo_application_lodged on spo_application (lodged_at, case_id);
create index ix_order_notification_order on order_notification (order_id);
