import { expect, test } from "vitest";
import { stripBoilerplate } from "../../src/text/stripBoilerplate.ts";

test("stripBoilerplate(text) cuts from the copyright notice to the end and returns what it cut", () => {
  expect(stripBoilerplate("正文。\n\n版权声明:凡注明…\n- 标题一\n- 标题二")).toEqual({
    text: "正文。",
    removed: "版权声明:凡注明…\n- 标题一\n- 标题二",
  });
});

test("stripBoilerplate(text) finds the notice in Traditional script once annotations are gone", () => {
  expect(stripBoilerplate("正文\n版權(quán)聲明:凡").text).toBe("正文\n版權(quán)聲明:凡");
  expect(stripBoilerplate("正文\n版權聲明:凡").text).toBe("正文");
});

test("stripBoilerplate(text) leaves text alone when the notice does not start a line", () => {
  const text = "文中提到版权声明:这不是页脚。";
  expect(stripBoilerplate(text)).toEqual({ text, removed: "" });
});
