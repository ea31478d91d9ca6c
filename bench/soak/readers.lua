-- wrk: readers walk the public pages in turn (home, listings, articles, an exercise, a video, topics).
local paths = {
  "/en", "/cs", "/en/articles", "/cs/articles?page=1",
  "/en/articles/running-and-lower-back-pain", "/cs/articles/beh-a-bolest-bederni-patere",
  "/en/articles/office-work-and-neck-pain", "/en/articles/knee-pain-in-runners",
  "/en/exercises", "/en/videos", "/en/topics", "/sitemap.xml",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Accept"] = "text/html,*/*;q=0.8" })
end
