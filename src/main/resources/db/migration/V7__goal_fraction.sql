-- A rank goal's share of the municipalities ("1/3") in one column, as forms and the API write it, so
-- every field of a goal kind has one column.
alter table goal add column fraction varchar(32);
update goal set fraction = cast(fraction_numerator as varchar(3)) || '/' || cast(fraction_denominator as varchar(3))
    where fraction_numerator is not null;
alter table goal drop column fraction_numerator;
alter table goal drop column fraction_denominator;
