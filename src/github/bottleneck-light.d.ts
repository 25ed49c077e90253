// plugin-throttling uses the light build (no Redis clustering); it has the same API as the full one.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
