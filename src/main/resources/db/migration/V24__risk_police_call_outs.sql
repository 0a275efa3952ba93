-- The third MARAC criterion, potential escalation: the police call-outs of the last 12 months the officer recorded
-- with each risk assessment (0 for the assessments made before it was asked).
alter table risk_assessment add column police_call_outs integer not null default 0;
