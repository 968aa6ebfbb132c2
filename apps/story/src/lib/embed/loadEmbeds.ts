import type { Lang } from "@newarea/data";
import { type StoryStep, storySteps } from "@newarea/press";
import { loadStory } from "../loadDocument.ts";

/** One embed: a story step's chart state, in one language. (A type, not an interface: Astro's props need an index signature.) */
export type Embed = {
  lang: Lang;
  step: StoryStep;
};

/** Returns every step of the story in `lang`, from the story model the story page is built from. */
export async function embedsOf(lang: Lang): Promise<Embed[]> {
  const { story } = await loadStory(lang);
  return storySteps(story).map((step) => ({ lang, step }));
}

/** Returns the static paths of every step's embed in `lang`: `{ params: { step }, props: Embed }`. */
export async function embedStaticPaths(lang: Lang) {
  return (await embedsOf(lang)).map((embed) => ({ params: { step: embed.step.id }, props: embed }));
}
