-- Smaller copies of a raster picture are stored next to it (<name>-<width>w.<ext>) for srcset;
-- this lists their widths, e.g. '480,960'. Null: no copies (vector pictures, videos, captions,
-- pictures narrower than the smallest copy).
alter table media_asset add column variant_widths varchar(100);
