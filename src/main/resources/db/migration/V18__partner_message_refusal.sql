-- A repeat of a partner's message id gets the answer the first message got. An accepted one is acknowledged again;
-- a refused one gets its refusal again, so the answer to the first is kept: the HTTP status, the problem's detail and
-- its errors ("field: message" texts, as a JSON array). No values of the message are in them.
alter table partner_message add column refusal_status int;
alter table partner_message add column refusal_detail varchar(500);
alter table partner_message add column refusal_problems varchar(4000);

-- Messages refused before this version kept only the reason ("<detail> [<problems>]"): their status is read from it,
-- and the reason is the detail of their repeated refusal.
update partner_message
   set refusal_status = case when reason like 'No such case.%' then 404
                             when reason like 'The message has % invalid field(s).%' then 400
                             else 409 end,
       refusal_detail = reason
 where status = 'REFUSED';
