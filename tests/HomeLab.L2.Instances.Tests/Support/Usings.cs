global using HomeLab.L2.Instances.Tests.Support;
global using HomeLab.Manifests;
