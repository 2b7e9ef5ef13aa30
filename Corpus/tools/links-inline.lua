-- Plain text keeps no link targets: write each link's URL after its text, as a plain-text draft does
-- ("Title (https://…)"), so the .txt copy cites what the other formats cite.
function Link(el)
  local text = pandoc.utils.stringify(el.content)
  if text == el.target or el.target:sub(1, 1) == "#" then return el.content end
  local out = el.content
  out:insert(pandoc.Space())
  out:insert(pandoc.Str("(" .. el.target .. ")"))
  return out
end
