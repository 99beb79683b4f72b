-- Headless Neovim 0.7 as a real LSP client of layerlint-language-server (see e2e-neovim.test.ts).
-- Reads LAYERLINT_SERVER (the bin), LAYERLINT_FILE (a Dockerfile) and LAYERLINT_OUT (where the
-- JSON report goes), then quits. Uses only the 0.7 API: vim.lsp.start_client + buf_attach_client.
local server = assert(vim.env.LAYERLINT_SERVER, "LAYERLINT_SERVER is not set")
local file = assert(vim.env.LAYERLINT_FILE, "LAYERLINT_FILE is not set")
local out = assert(vim.env.LAYERLINT_OUT, "LAYERLINT_OUT is not set")
local report = { steps = {} }

local function finish()
  local handle = assert(io.open(out, "w"))
  handle:write(vim.fn.json_encode(report))
  handle:close()
  vim.cmd("qa!")
end

local function fail(message)
  report.error = message
  finish()
end

-- Never hang CI: give up after a minute whatever happens.
vim.defer_fn(function() fail("timed out after 60 s") end, 60000)

local function collect(bufnr)
  local result = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result, {
      code = d.code,
      source = d.source,
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      message = d.message,
      href = d.user_data and d.user_data.lsp and d.user_data.lsp.codeDescription and d.user_data.lsp.codeDescription.href or vim.NIL,
    })
  end
  table.sort(result, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.code < b.code) end)
  return result
end

local function has_code(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then return true end
  end
  return false
end

local ok, err = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  -- -u NONE: no filetype detection; the client sends the filetype as the languageId.
  vim.bo[bufnr].filetype = "dockerfile"

  local client_id = vim.lsp.start_client({
    name = "layerlint",
    cmd = { "node", server, "--stdio" },
    root_dir = vim.fn.fnamemodify(file, ":h"),
    settings = { layerlint = { debounceMs = 0 } },
    flags = { debounce_text_changes = 0 },
  })
  if not client_id then return fail("vim.lsp.start_client returned nil") end
  vim.lsp.buf_attach_client(bufnr, client_id)

  if not vim.wait(20000, function() return #vim.diagnostic.get(bufnr) >= 3 end, 50) then
    return fail("no diagnostics within 20 s; got " .. vim.fn.json_encode(collect(bufnr)))
  end
  report.diagnostics = collect(bufnr)

  local uri = vim.uri_from_bufnr(bufnr)
  local hover = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", {
    textDocument = { uri = uri },
    position = { line = 2, character = 6 },
  }, 10000)
  local hover_result = hover and hover[client_id] and hover[client_id].result
  report.hover = hover_result and hover_result.contents and hover_result.contents.value or vim.NIL

  -- The quick fixes for the ARG line, as Neovim's code action menu would request them.
  local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, 2)
  local actions = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", {
    textDocument = { uri = uri },
    range = { start = { line = 2, character = 0 }, ["end"] = { line = 2, character = 0 } },
    context = { diagnostics = line_diagnostics },
  }, 10000)
  report.actions = {}
  local disable
  for _, action in ipairs(actions and actions[client_id] and actions[client_id].result or {}) do
    table.insert(report.actions, action.title)
    if action.title == "Disable no-secret-in-arg for this instruction" then disable = action end
  end
  if not disable then return fail("no disable action; got " .. vim.fn.json_encode(report.actions)) end

  -- Neovim applies the edit to the buffer and sends didChange; the server lints the new text.
  vim.lsp.util.apply_workspace_edit(disable.edit, "utf-16")
  report.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  if not vim.wait(20000, function() return not has_code(bufnr, "no-secret-in-arg") end, 50) then
    return fail("no-secret-in-arg still reported after the disable comment")
  end
  report.after = collect(bufnr)

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  finish()
end)
if not ok then fail("error: " .. tostring(err)) end
