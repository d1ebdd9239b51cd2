package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evtlint lsp} in a real editor: Debian's Neovim ({@code .ci/run} installs it), headless,
 * with its built-in LSP client and nothing else configured, on a scratch workspace. A small Lua
 * script attaches the server to the open script, writes the diagnostics Neovim received to a file,
 * applies the suppression quick fix, and writes whether the diagnostics went away.
 */
class NeovimLanguageServerIT {
    private static final String UNGUARDED_LOGIN_WRITE = """
            CREATE TABLE login_log (who text, at timestamptz);

            CREATE FUNCTION log_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO login_log VALUES (session_user, now());
            END $$;
            CREATE EVENT TRIGGER log_login ON login EXECUTE FUNCTION log_login();
            """;

    /** Neovim 0.7 (Debian 12) has vim.lsp.start_client, not yet vim.lsp.start. */
    private static final String SCRIPT = """
            local out = assert(io.open(vim.env.EVTLINT_OUT, 'w'))
            local function log(text) out:write(text .. '\\n'); out:flush() end
            local root = vim.env.EVTLINT_ROOT
            local id = vim.lsp.start_client({
              name = 'evtlint',
              cmd = { 'java', '-jar', vim.env.EVTLINT_JAR, 'lsp' },
              root_dir = root,
              workspace_folders = { { uri = vim.uri_from_fname(root), name = 'project' } },
            })
            vim.lsp.buf_attach_client(0, id)
            local function code(d) return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) end
            log('received ' .. tostring(vim.wait(120000, function() return #vim.diagnostic.get(0) > 0 end, 50)))
            local diagnostics = vim.diagnostic.get(0)
            for _, d in ipairs(diagnostics) do
              log(string.format('diagnostic %s %d:%d %s', code(d), d.lnum, d.col, d.message))
            end
            local d = diagnostics[1]
            local params = {
              textDocument = { uri = vim.uri_from_bufnr(0) },
              range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
              context = { diagnostics = { d.user_data.lsp } },
            }
            for _, response in pairs(vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 60000) or {}) do
              for _, action in ipairs(response.result or {}) do
                if action.title:find('^Suppress') then
                  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
                  log('applied ' .. action.title)
                  break
                end
              end
            end
            log('cleared ' .. tostring(vim.wait(120000, function() return #vim.diagnostic.get(0) == 0 end, 50)))
            log('line 5 ' .. vim.api.nvim_buf_get_lines(0, 4, 5, false)[1])
            out:close()
            vim.cmd('qa!')
            """;

    @TempDir
    Path folder;

    @Test
    void neovimShowsTheFindingAndItsQuickFixSilencesIt() throws Exception {
        Path root = Files.createDirectories(folder.resolve("project"));
        Path script = root.resolve("V1__login_log.sql");
        Files.writeString(script, UNGUARDED_LOGIN_WRITE);
        Path lua = Files.writeString(folder.resolve("evtlint-test.lua"), SCRIPT);
        Path out = folder.resolve("received.txt");
        ProcessRun run = ProcessRun.of(root, Map.of("EVTLINT_OUT", out.toString(), "EVTLINT_ROOT", root.toString(),
                        "EVTLINT_JAR", ProcessRun.jar().toString()),
                List.of("nvim", "--headless", "--clean", "-c", "luafile " + lua, script.toString()));
        assertEquals(0, run.exitCode(), run.output());
        String received = Files.readString(out);
        assertTrue(received.contains("received true"), received);
        assertTrue(received.contains("diagnostic EVT101 4:2 INSERT in login function log_login()"), received);
        assertTrue(received.contains("applied Suppress EVT101"), received);
        assertTrue(received.contains("cleared true"), received);
        assertTrue(received.contains("line 5   -- evtlint-ignore EVT101 TODO: say why this is safe"), received);
    }
}
