package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.script.ScriptFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trees of the nodes rules read, whole ({@link AstText}: every component, every range): event
 * triggers and their changes, functions, calls, SET, the targets of data changes, and in PL/pgSQL
 * bodies the statements that hold statements, EXECUTE and INTO. A change to the AST builders that
 * changes one of them changes what rules see.
 */
class AstTreeTest {

    @Test
    void anEventTriggerItsEventItsFilterAndItsFunction() {
        assertStatement("CREATE EVENT TRIGGER audit ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION log_ddl();", """
                CreateEventTrigger
                  range: 0-101 (1:1-1:102)
                  name: Identifier
                    range: 21-26 (1:22-1:27)
                    name: "audit"
                    quoted: false
                  event: Identifier
                    range: 30-45 (1:31-1:46)
                    name: "ddl_command_end"
                    quoted: false
                  when: 46-50 (1:47-1:51)
                  filters:
                    - EventFilter
                      range: 51-74 (1:52-1:75)
                      variable: Identifier
                        range: 51-54 (1:52-1:55)
                        name: "tag"
                        quoted: false
                      values:
                        - Literal
                          range: 59-73 (1:60-1:74)
                          kind: STRING
                          value: "CREATE TABLE"
                  function: QualifiedName
                    range: 92-99 (1:93-1:100)
                    parts:
                      - Identifier
                        range: 92-99 (1:93-1:100)
                        name: "log_ddl"
                        quoted: false
                """);
    }

    @Test
    void alterEventTriggerItsAction() {
        assertStatement("ALTER EVENT TRIGGER audit ENABLE ALWAYS;", """
                AlterEventTrigger
                  range: 0-39 (1:1-1:40)
                  name: Identifier
                    range: 20-25 (1:21-1:26)
                    name: "audit"
                    quoted: false
                  action: ENABLE_ALWAYS
                  newName: null
                """);
    }

    @Test
    void dropEventTriggerItsNamesAndCascade() {
        assertStatement("DROP EVENT TRIGGER IF EXISTS audit, \"Guard\" CASCADE;", """
                DropEventTrigger
                  range: 0-51 (1:1-1:52)
                  ifExists: true
                  names:
                    - Identifier
                      range: 29-34 (1:30-1:35)
                      name: "audit"
                      quoted: false
                    - Identifier
                      range: 36-43 (1:37-1:44)
                      name: "Guard"
                      quoted: true
                  cascade: true
                """);
    }

    @Test
    void aFunctionItsParametersReturnTypeLanguageSecurityAndSettings() {
        assertStatement("CREATE OR REPLACE FUNCTION s.on_login(n int DEFAULT 1) RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$ BEGIN NULL; END $$;", """
                CreateFunction
                  range: 0-164 (1:1-1:165)
                  orReplace: true
                  procedure: false
                  name: QualifiedName
                    range: 27-37 (1:28-1:38)
                    parts:
                      - Identifier
                        range: 27-28 (1:28-1:29)
                        name: "s"
                        quoted: false
                      - Identifier
                        range: 29-37 (1:30-1:38)
                        name: "on_login"
                        quoted: false
                  parameters:
                    - Parameter
                      range: 38-53 (1:39-1:54)
                      mode: "IN"
                      name: Identifier
                        range: 38-39 (1:39-1:40)
                        name: "n"
                        quoted: false
                      type: TypeRef
                        range: 40-43 (1:41-1:44)
                        name: "int"
                        setOf: false
                        arrayDimensions: 0
                      defaultValue: Literal
                        range: 52-53 (1:53-1:54)
                        kind: INTEGER
                        value: "1"
                  returnType: TypeRef
                    range: 63-76 (1:64-1:77)
                    name: "event_trigger"
                    setOf: false
                    arrayDimensions: 0
                  language: "plpgsql"
                  volatility: "VOLATILE"
                  securityDefiner: 94-110 (1:95-1:111)
                  settings:
                    - ConfigSetting
                      range: 111-139 (1:112-1:140)
                      name: QualifiedName
                        range: 115-126 (1:116-1:127)
                        parts:
                          - Identifier
                            range: 115-126 (1:116-1:127)
                            name: "search_path"
                            quoted: false
                      values:
                        - ColumnRef
                          range: 129-139 (1:130-1:140)
                          names:
                            - Identifier
                              range: 129-139 (1:130-1:140)
                              name: "pg_catalog"
                              quoted: false
                      fromCurrent: false
                  body: PlPgSqlBody
                    range: 143-164 (1:144-1:165)
                    block: Block
                      range: 146-161 (1:147-1:162)
                      label: null
                      declarations: []
                      body:
                        - Null
                          range: 152-157 (1:153-1:158)
                      handlers: []
                    lineComments: []
                """);
    }

    @Test
    void aCallItsProcedureAndArguments() {
        assertStatement("CALL s.refresh(1, 'x');", """
                Call
                  range: 0-22 (1:1-1:23)
                  call: FunctionCall
                    range: 5-22 (1:6-1:23)
                    name: QualifiedName
                      range: 5-14 (1:6-1:15)
                      parts:
                        - Identifier
                          range: 5-6 (1:6-1:7)
                          name: "s"
                          quoted: false
                        - Identifier
                          range: 7-14 (1:8-1:15)
                          name: "refresh"
                          quoted: false
                    arguments:
                      - Literal
                        range: 15-16 (1:16-1:17)
                        kind: INTEGER
                        value: "1"
                      - Literal
                        range: 18-21 (1:19-1:22)
                        kind: STRING
                        value: "x"
                    star: false
                    positionalArguments: true
                """);
    }

    @Test
    void setItsParameterScopeAndValues() {
        assertStatement("SET LOCAL search_path = app, public;", """
                SetConfig
                  range: 0-35 (1:1-1:36)
                  reset: false
                  local: true
                  parameter: "search_path"
                  values:
                    - ColumnRef
                      range: 24-27 (1:25-1:28)
                      names:
                        - Identifier
                          range: 24-27 (1:25-1:28)
                          name: "app"
                          quoted: false
                    - ColumnRef
                      range: 29-35 (1:30-1:36)
                      names:
                        - Identifier
                          range: 29-35 (1:30-1:36)
                          name: "public"
                          quoted: false
                """);
    }

    @Test
    void insertItsTargetColumnsAndSource() {
        assertStatement("INSERT INTO audit.log (who) SELECT session_user;", """
                Insert
                  range: 0-47 (1:1-1:48)
                  with: []
                  table: QualifiedName
                    range: 12-21 (1:13-1:22)
                    parts:
                      - Identifier
                        range: 12-17 (1:13-1:18)
                        name: "audit"
                        quoted: false
                      - Identifier
                        range: 18-21 (1:19-1:22)
                        name: "log"
                        quoted: false
                  columns:
                    - Identifier
                      range: 23-26 (1:24-1:27)
                      name: "who"
                      quoted: false
                  source: Select
                    range: 28-47 (1:29-1:48)
                    with: []
                    targets:
                      - FunctionCall
                        range: 35-47 (1:36-1:48)
                        name: QualifiedName
                          range: 35-47 (1:36-1:48)
                          parts:
                            - Identifier
                              range: 35-47 (1:36-1:48)
                              name: "session_user"
                              quoted: false
                        arguments: []
                        star: false
                        positionalArguments: true
                    from: []
                    where: null
                    otherExpressions: []
                    setOperands: []
                    locking: []
                    intoTable: null
                    limit: null
                  otherExpressions: []
                """);
    }

    @Test
    void updateItsTargetValuesAndCondition() {
        assertStatement("UPDATE s.t SET n = n + 1 WHERE id = $1;", """
                Update
                  range: 0-38 (1:1-1:39)
                  with: []
                  table: QualifiedName
                    range: 7-10 (1:8-1:11)
                    parts:
                      - Identifier
                        range: 7-8 (1:8-1:9)
                        name: "s"
                        quoted: false
                      - Identifier
                        range: 9-10 (1:10-1:11)
                        name: "t"
                        quoted: false
                  values:
                    - Operator
                      range: 19-24 (1:20-1:25)
                      operator: "+"
                      operands:
                        - ColumnRef
                          range: 19-20 (1:20-1:21)
                          names:
                            - Identifier
                              range: 19-20 (1:20-1:21)
                              name: "n"
                              quoted: false
                        - Literal
                          range: 23-24 (1:24-1:25)
                          kind: INTEGER
                          value: "1"
                  from: []
                  where: Operator
                    range: 31-38 (1:32-1:39)
                    operator: "="
                    operands:
                      - ColumnRef
                        range: 31-33 (1:32-1:34)
                        names:
                          - Identifier
                            range: 31-33 (1:32-1:34)
                            name: "id"
                            quoted: false
                      - Param
                        range: 36-38 (1:37-1:39)
                        number: 1
                  returning: []
                """);
    }

    @Test
    void deleteItsTargetUsingAndCondition() {
        assertStatement("DELETE FROM ONLY t USING u WHERE t.id = u.id;", """
                Delete
                  range: 0-44 (1:1-1:45)
                  with: []
                  table: QualifiedName
                    range: 17-18 (1:18-1:19)
                    parts:
                      - Identifier
                        range: 17-18 (1:18-1:19)
                        name: "t"
                        quoted: false
                  using:
                    - RelationRef
                      range: 25-26 (1:26-1:27)
                      name: QualifiedName
                        range: 25-26 (1:26-1:27)
                        parts:
                          - Identifier
                            range: 25-26 (1:26-1:27)
                            name: "u"
                            quoted: false
                      alias: null
                  where: Operator
                    range: 33-44 (1:34-1:45)
                    operator: "="
                    operands:
                      - ColumnRef
                        range: 33-37 (1:34-1:38)
                        names:
                          - Identifier
                            range: 33-34 (1:34-1:35)
                            name: "t"
                            quoted: false
                          - Identifier
                            range: 35-37 (1:36-1:38)
                            name: "id"
                            quoted: false
                      - ColumnRef
                        range: 40-44 (1:41-1:45)
                        names:
                          - Identifier
                            range: 40-41 (1:41-1:42)
                            name: "u"
                            quoted: false
                          - Identifier
                            range: 42-44 (1:43-1:45)
                            name: "id"
                            quoted: false
                  returning: []
                """);
    }

    @Test
    void ifItsBranchesConditionsAndElse() {
        assertFirstInBody("DO $$ BEGIN IF a THEN RETURN; ELSIF b THEN NULL; ELSE RAISE EXCEPTION 'no %', a; END IF; END $$;", """
                If
                  range: 12-88 (1:13-1:89)
                  branches:
                    - PlBranch
                      range: 12-88 (1:13-1:89)
                      condition: ColumnRef
                        range: 15-16 (1:16-1:17)
                        names:
                          - Identifier
                            range: 15-16 (1:16-1:17)
                            name: "a"
                            quoted: false
                      body:
                        - Return
                          range: 22-29 (1:23-1:30)
                          kind: RETURN
                          value: null
                          query: null
                    - PlBranch
                      range: 30-48 (1:31-1:49)
                      condition: ColumnRef
                        range: 36-37 (1:37-1:38)
                        names:
                          - Identifier
                            range: 36-37 (1:37-1:38)
                            name: "b"
                            quoted: false
                      body:
                        - Null
                          range: 43-48 (1:44-1:49)
                  elseBody:
                    - Raise
                      range: 54-80 (1:55-1:81)
                      level: "EXCEPTION"
                      message: Literal
                        range: 70-76 (1:71-1:77)
                        kind: STRING
                        value: "no %"
                      parameters:
                        - ColumnRef
                          range: 78-79 (1:79-1:80)
                          names:
                            - Identifier
                              range: 78-79 (1:79-1:80)
                              name: "a"
                              quoted: false
                      condition: null
                      options: []
                """);
    }

    @Test
    void caseItsSubjectArmsAndElse() {
        assertFirstInBody("DO $$ BEGIN CASE tg_tag WHEN 'DROP TABLE' THEN NULL; ELSE NULL; END CASE; END $$;", """
                Case
                  range: 12-73 (1:13-1:74)
                  subject: ColumnRef
                    range: 17-23 (1:18-1:24)
                    names:
                      - Identifier
                        range: 17-23 (1:18-1:24)
                        name: "tg_tag"
                        quoted: false
                  whens:
                    - PlBranch
                      range: 24-52 (1:25-1:53)
                      condition: Literal
                        range: 29-41 (1:30-1:42)
                        kind: STRING
                        value: "DROP TABLE"
                      body:
                        - Null
                          range: 47-52 (1:48-1:53)
                  elseBody:
                    - Null
                      range: 58-63 (1:59-1:64)
                """);
    }

    @Test
    void aQueryLoopItsTargetQueryAndBody() {
        assertFirstInBody("DO $$ BEGIN FOR r IN SELECT tag FROM pg_event_trigger_ddl_commands() LOOP EXIT WHEN r IS NULL; END LOOP; END $$;", """
                Loop
                  range: 12-104 (1:13-1:105)
                  label: null
                  kind: FOR_QUERY
                  targets:
                    - QualifiedName
                      range: 16-17 (1:17-1:18)
                      parts:
                        - Identifier
                          range: 16-17 (1:17-1:18)
                          name: "r"
                          quoted: false
                  condition: null
                  query: Select
                    range: 21-68 (1:22-1:69)
                    with: []
                    targets:
                      - ColumnRef
                        range: 28-31 (1:29-1:32)
                        names:
                          - Identifier
                            range: 28-31 (1:29-1:32)
                            name: "tag"
                            quoted: false
                    from:
                      - FunctionTableRef
                        range: 37-68 (1:38-1:69)
                        functions:
                          - FunctionCall
                            range: 37-68 (1:38-1:69)
                            name: QualifiedName
                              range: 37-66 (1:38-1:67)
                              parts:
                                - Identifier
                                  range: 37-66 (1:38-1:67)
                                  name: "pg_event_trigger_ddl_commands"
                                  quoted: false
                            arguments: []
                            star: false
                            positionalArguments: true
                        alias: null
                    where: null
                    otherExpressions: []
                    setOperands: []
                    locking: []
                    intoTable: null
                    limit: null
                  expressions: []
                  body:
                    - Exit
                      range: 74-94 (1:75-1:95)
                      continueLoop: false
                      label: null
                      condition: Operator
                        range: 84-93 (1:85-1:94)
                        operator: "IS NULL"
                        operands:
                          - ColumnRef
                            range: 84-85 (1:85-1:86)
                            names:
                              - Identifier
                                range: 84-85 (1:85-1:86)
                                name: "r"
                                quoted: false
                """);
    }

    @Test
    void aWhileLoopItsConditionAndBody() {
        assertFirstInBody("DO $$ BEGIN WHILE n < 3 LOOP n := n + 1; END LOOP; END $$;", """
                Loop
                  range: 12-50 (1:13-1:51)
                  label: null
                  kind: WHILE
                  targets: []
                  condition: Operator
                    range: 18-23 (1:19-1:24)
                    operator: "<"
                    operands:
                      - ColumnRef
                        range: 18-19 (1:19-1:20)
                        names:
                          - Identifier
                            range: 18-19 (1:19-1:20)
                            name: "n"
                            quoted: false
                      - Literal
                        range: 22-23 (1:23-1:24)
                        kind: INTEGER
                        value: "3"
                  query: null
                  expressions: []
                  body:
                    - Assign
                      range: 29-40 (1:30-1:41)
                      target: QualifiedName
                        range: 29-30 (1:30-1:31)
                        parts:
                          - Identifier
                            range: 29-30 (1:30-1:31)
                            name: "n"
                            quoted: false
                      value: Operator
                        range: 34-39 (1:35-1:40)
                        operator: "+"
                        operands:
                          - ColumnRef
                            range: 34-35 (1:35-1:36)
                            names:
                              - Identifier
                                range: 34-35 (1:35-1:36)
                                name: "n"
                                quoted: false
                          - Literal
                            range: 38-39 (1:39-1:40)
                            kind: INTEGER
                            value: "1"
                """);
    }

    @Test
    void aBlockItsBodyAndExceptionHandlers() {
        assertFirstInBody("DO $$ BEGIN BEGIN PERFORM f(); EXCEPTION WHEN undefined_function THEN NULL; END; END $$;", """
                Block
                  range: 12-79 (1:13-1:80)
                  label: null
                  declarations: []
                  body:
                    - Perform
                      range: 18-30 (1:19-1:31)
                      query: Select
                        range: 18-29 (1:19-1:30)
                        with: []
                        targets:
                          - FunctionCall
                            range: 26-29 (1:27-1:30)
                            name: QualifiedName
                              range: 26-27 (1:27-1:28)
                              parts:
                                - Identifier
                                  range: 26-27 (1:27-1:28)
                                  name: "f"
                                  quoted: false
                            arguments: []
                            star: false
                            positionalArguments: true
                        from: []
                        where: null
                        otherExpressions: []
                        setOperands: []
                        locking: []
                        intoTable: null
                        limit: null
                  handlers:
                    - PlExceptionHandler
                      range: 41-75 (1:42-1:76)
                      conditions:
                        - "undefined_function"
                      body:
                        - Null
                          range: 70-75 (1:71-1:76)
                """);
    }

    /** The outermost block's label, like an inner block's: what EXIT and qualified references name. */
    @Test
    void labelsOfTheOutermostAndAnInnerBlock() {
        Statement.Do block = (Statement.Do) parse("DO $$\n<<main>>\nDECLARE n int;\nBEGIN\n  <<inner>>\n  BEGIN\n"
                + "    EXIT main WHEN main.n > 1;\n  END inner;\nEND main $$;").statements().get(0);
        assertTree("""
                Block
                  range: 6-108 (2:1-9:9)
                  label: Identifier
                    range: 8-12 (2:3-2:7)
                    name: "main"
                    quoted: false
                  declarations:
                    - PlDeclaration
                      range: 23-29 (3:9-3:15)
                      name: Identifier
                        range: 23-24 (3:9-3:10)
                        name: "n"
                        quoted: false
                      kind: "variable"
                      typeText: "int"
                      constant: false
                      initialValue: null
                  body:
                    - Block
                      range: 38-98 (5:3-8:12)
                      label: Identifier
                        range: 40-45 (5:5-5:10)
                        name: "inner"
                        quoted: false
                      declarations: []
                      body:
                        - Exit
                          range: 60-86 (7:5-7:31)
                          continueLoop: false
                          label: Identifier
                            range: 65-69 (7:10-7:14)
                            name: "main"
                            quoted: false
                          condition: Operator
                            range: 75-85 (7:20-7:30)
                            operator: ">"
                            operands:
                              - ColumnRef
                                range: 75-81 (7:20-7:26)
                                names:
                                  - Identifier
                                    range: 75-79 (7:20-7:24)
                                    name: "main"
                                    quoted: false
                                  - Identifier
                                    range: 80-81 (7:25-7:26)
                                    name: "n"
                                    quoted: false
                              - Literal
                                range: 84-85 (7:29-7:30)
                                kind: INTEGER
                                value: "1"
                      handlers: []
                  handlers: []
                """, ((Part.PlPgSqlBody) block.body()).block());
    }

    /** A compiler option is '#', its keyword and a word: the label after it, even one named like the keyword, is the block's. */
    @Test
    void aCompilerOptionBeforeTheOutermostLabel() {
        Statement.Do block = (Statement.Do) parse("DO $$\n#variable_conflict use_column\n#print_strict_params on\n"
                + "<<option>>\nBEGIN\n  NULL;\nEND option $$;").statements().get(0);
        assertEquals("option", ((Part.PlPgSqlBody) block.body()).block().label().name());
    }

    @Test
    void executeOfFormatReadsThePlaceholderAsAName() {
        assertFirstInBody("DO $$ BEGIN EXECUTE format('DROP TABLE %I', t); END $$;", """
                Execute
                  range: 12-47 (1:13-1:48)
                  command: FunctionCall
                    range: 20-46 (1:21-1:47)
                    name: QualifiedName
                      range: 20-26 (1:21-1:27)
                      parts:
                        - Identifier
                          range: 20-26 (1:21-1:27)
                          name: "format"
                          quoted: false
                    arguments:
                      - Literal
                        range: 27-42 (1:28-1:43)
                        kind: STRING
                        value: "DROP TABLE %I"
                      - ColumnRef
                        range: 44-45 (1:45-1:46)
                        names:
                          - Identifier
                            range: 44-45 (1:45-1:46)
                            name: "t"
                            quoted: false
                    star: false
                    positionalArguments: true
                  statement: DropObject
                    range: 28-41 (1:29-1:42)
                    objectKind: "TABLE"
                    ifExists: false
                    names:
                      - QualifiedName
                        range: 39-41 (1:40-1:42)
                        parts:
                          - Identifier
                            range: 39-41 (1:40-1:42)
                            name: "x_"
                            quoted: false
                    cascade: false
                    routines: []
                  syntaxError: null
                  into: []
                  strict: false
                  using: []
                """);
    }

    @Test
    void executeOfAConstantString() {
        assertFirstInBody("DO $$ BEGIN EXECUTE 'CREATE TABLE t ()'; END $$;", """
                Execute
                  range: 12-40 (1:13-1:41)
                  command: Literal
                    range: 20-39 (1:21-1:40)
                    kind: STRING
                    value: "CREATE TABLE t ()"
                  statement: CreateTable
                    range: 21-38 (1:22-1:39)
                    name: QualifiedName
                      range: 34-35 (1:35-1:36)
                      parts:
                        - Identifier
                          range: 34-35 (1:35-1:36)
                          name: "t"
                          quoted: false
                    temporary: false
                    ifNotExists: false
                    asQuery: null
                    keys: []
                  syntaxError: null
                  into: []
                  strict: false
                  using: []
                """);
    }

    @Test
    void selectIntoItsTargetsAndStrict() {
        assertFirstInBody("DO $$ BEGIN SELECT count(*) INTO STRICT n FROM pg_event_trigger; END $$;", """
                Sql
                  range: 12-64 (1:13-1:65)
                  statement: Select
                    range: 12-63 (1:13-1:64)
                    with: []
                    targets:
                      - FunctionCall
                        range: 19-27 (1:20-1:28)
                        name: QualifiedName
                          range: 19-24 (1:20-1:25)
                          parts:
                            - Identifier
                              range: 19-24 (1:20-1:25)
                              name: "count"
                              quoted: false
                        arguments: []
                        star: true
                        positionalArguments: true
                    from:
                      - RelationRef
                        range: 47-63 (1:48-1:64)
                        name: QualifiedName
                          range: 47-63 (1:48-1:64)
                          parts:
                            - Identifier
                              range: 47-63 (1:48-1:64)
                              name: "pg_event_trigger"
                              quoted: false
                        alias: null
                    where: null
                    otherExpressions: []
                    setOperands: []
                    locking: []
                    intoTable: null
                    limit: null
                  into:
                    - QualifiedName
                      range: 40-41 (1:41-1:42)
                      parts:
                        - Identifier
                          range: 40-41 (1:41-1:42)
                          name: "n"
                          quoted: false
                  strict: true
                """);
    }

    private static void assertStatement(String sql, String expected) {
        assertTree(expected, parse(sql).statements().get(0));
    }

    /** The first statement in the body of the DO block {@code sql}. */
    private static void assertFirstInBody(String sql, String expected) {
        Statement.Do block = (Statement.Do) parse(sql).statements().get(0);
        assertTree(expected, ((Part.PlPgSqlBody) block.body()).block().body().get(0));
    }

    private static void assertTree(String expected, Node node) {
        assertEquals(expected, AstText.of(node));
    }

    private static ScriptFile parse(String sql) {
        ScriptFile script = new ScriptParser().parse(SourceFile.ofText("tree.sql", sql));
        assertEquals(List.of(), script.syntaxErrors());
        return script;
    }
}
