// natural 8.1.1 has no exports map and its hand-written types do not cover deep module paths.
// We import only this one module, by its internal path (natural is pinned exactly for that reason).
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  const JaroWinklerDistance: (a: string, b: string, options?: { ignoreCase?: boolean }) => number;
  export default JaroWinklerDistance;
}
