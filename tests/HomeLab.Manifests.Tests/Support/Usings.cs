global using HomeLab.Manifests.Tests.Support;
