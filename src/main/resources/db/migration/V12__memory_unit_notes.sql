-- What another tool wrote about a memory unit: the <note>s and <prop>s of an imported TMX unit ("type: value"),
-- one a line; shown under the match in the editor. Null for units of the editor's saves.
alter table memory_unit add column note varchar(2000);
