-- Headless Neovim (0.7+) with its built-in LSP client, no plugins: starts the Report Lens server over
-- stdio, attaches it to the current buffer and asks for what a non-VS Code editor uses: hover,
-- document symbols and semantic tokens. Writes the answers as JSON to $OUT; nvim-check.mjs asserts.
--
--   LSP_SERVER=dist/server.js HOVER_TEXT=紧密型县域医共体 OUT=/tmp/nvim.json \
--   nvim --headless --clean -n -i NONE -c 'luafile test/e2e/nvim-lsp-probe.lua' report.txt
--
-- Env: LSP_SERVER (required), LSP_NODE (default "node"), HOVER_TEXT (text to hover; its second character),
--      OUT (required), LSP_TIMEOUT_MS (default 15000).
local function fail(msg)
  io.stderr:write('nvim-lsp-probe: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

local ok, err = pcall(function()
  local server = os.getenv('LSP_SERVER') or error('LSP_SERVER not set')
  local out_path = os.getenv('OUT') or error('OUT not set')
  local node = os.getenv('LSP_NODE') or 'node'
  local timeout = tonumber(os.getenv('LSP_TIMEOUT_MS') or '15000')
  local bufnr = vim.api.nvim_get_current_buf()
  local fname = vim.api.nvim_buf_get_name(bufnr)
  if fname == '' then error('open a file: nvim ... report.txt') end

  local client_id = vim.lsp.start_client({
    name = 'report-lens',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(fname, ':p:h'),
    workspace_folders = { { uri = vim.uri_from_fname(vim.fn.fnamemodify(fname, ':p:h')), name = 'samples' } },
    on_exit = function(code, signal)
      if code ~= 0 then io.stderr:write(('server exited code=%s signal=%s\n'):format(code, signal)) end
    end,
  })
  if not client_id then error('start_client failed') end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  if not vim.wait(timeout, function() return client.initialized == true end, 20) then
    error('server did not finish initialize within ' .. timeout .. ' ms')
  end

  -- Position of HOVER_TEXT's second character, as LSP wants it (UTF-16 column).
  local position = { line = 0, character = 0 }
  local needle = os.getenv('HOVER_TEXT')
  if needle and needle ~= '' then
    local found = false
    for i, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      local byte = text:find(needle, 1, true)
      if byte then
        local _, utf16 = vim.str_utfindex(text, byte - 1)
        position = { line = i - 1, character = utf16 + 1 }
        found = true
        break
      end
    end
    if not found then error('HOVER_TEXT not in the buffer: ' .. needle) end
  end

  local uri = vim.uri_from_bufnr(bufnr)
  local function request(method, params)
    local res, rerr = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
    if not res then error(method .. ': ' .. tostring(rerr)) end
    local r = res[client_id]
    if not r then return vim.NIL end
    if r.err then return { error = r.err } end
    return r.result == nil and vim.NIL or r.result
  end
  local doc = { textDocument = { uri = uri } }
  local result = {
    server_capabilities = client.server_capabilities,
    hover_position = position,
    hover = request('textDocument/hover', { textDocument = { uri = uri }, position = position }),
    documentSymbol = request('textDocument/documentSymbol', doc),
    semanticTokens = request('textDocument/semanticTokens/full', doc),
    lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false),
  }
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(result) .. '\n')
  f:close()

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end)
if not ok then fail(tostring(err)) end
vim.cmd('qa!')
